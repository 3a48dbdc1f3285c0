package io.linchpin.corerole.infrastructure;

import io.linchpin.corerole.domain.Assessment;
import io.linchpin.corerole.domain.AssessmentRepository;
import io.linchpin.corerole.domain.Dimension;
import io.linchpin.corerole.domain.RegistryCriteria;
import io.linchpin.corerole.domain.RegistryRow;
import io.linchpin.corerole.domain.ScoringModel;
import io.linchpin.shared.Page;
import io.linchpin.shared.Paging;
import io.linchpin.shared.ScopeClause;
import io.linchpin.shared.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Assessments joined with the people they are about, so the registry lists people where they work
 * now and only within the caller's reach; erased people drop out.
 */
@ApplicationScoped
public class JpaAssessmentRepository implements AssessmentRepository {

  private static final String ROW =
      "select a, e.employeeNumber, e.fullName, ou.id, ou.name, ou.path, p.title"
          + " from Assessment a join Employee e on e.id = a.employeeId"
          + " left join e.orgUnit ou left join e.position p";

  @PersistenceContext EntityManager em;

  @Override
  public void add(Assessment assessment) {
    em.persist(assessment);
  }

  @Override
  public java.util.Map<Long, java.math.BigDecimal> currentScores(
      java.util.Collection<Long> employeeIds) {
    java.util.Map<Long, java.math.BigDecimal> scores = new java.util.HashMap<>();
    io.linchpin.shared.InLists.query(
            employeeIds,
            slice ->
                em.createQuery(
                        "select a.employeeId, a.score from Assessment a"
                            + " where a.current = true and a.employeeId in :ids",
                        Object[].class)
                    .setParameter("ids", slice)
                    .getResultList())
        .forEach(row -> scores.put((Long) row[0], (java.math.BigDecimal) row[1]));
    return scores;
  }

  @Override
  public Optional<Assessment> current(long employeeId) {
    return em.createQuery(
            "select a from Assessment a where a.employeeId = :e and a.current = true",
            Assessment.class)
        .setParameter("e", employeeId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Assessment> history(long employeeId) {
    return em.createQuery(
            "select a from Assessment a where a.employeeId = :e order by a.assessedAt desc, a.id desc",
            Assessment.class)
        .setParameter("e", employeeId)
        .getResultList();
  }

  @Override
  public Page<RegistryRow> registry(RegistryCriteria c) {
    Map<String, Object> params = new HashMap<>();
    String where = where(c.visibility(), c.orgUnitPath(), params);
    if (where == null) {
      return new Page<>(List.of(), 0, c.page(), c.size());
    }
    String score = "a." + property(c.dimension());
    StringBuilder filter = new StringBuilder(where);
    if (c.minScore() != null) {
      filter.append(" and ").append(score).append(" >= :min");
      params.put("min", c.minScore());
    }
    if (c.coreOnly()) {
      filter.append(" and a.core = true");
    }
    if (c.text() != null) {
      filter.append(
          " and (lower(e.fullName) like :text escape '!'"
              + " or lower(e.employeeNumber) like :text escape '!')");
      params.put("text", "%" + ScopeClause.likeLiteral(c.text().toLowerCase(Locale.ROOT)) + "%");
    }
    TypedQuery<Object[]> query =
        em.createQuery(
            ROW + filter + " order by " + score + " desc, e.employeeNumber asc", Object[].class);
    TypedQuery<Long> count =
        em.createQuery(
            "select count(a) from Assessment a join Employee e on e.id = a.employeeId" + filter,
            Long.class);
    params.forEach(
        (k, v) -> {
          query.setParameter(k, v);
          count.setParameter(k, v);
        });
    List<RegistryRow> rows =
        query
            .setFirstResult(Paging.offset(c.page(), c.size()))
            .setMaxResults(c.size())
            .getResultList()
            .stream()
            .map(JpaAssessmentRepository::row)
            .toList();
    return new Page<>(rows, count.getSingleResult(), c.page(), c.size());
  }

  @Override
  public List<RegistryRow> within(Visibility visibility, String orgUnitPath) {
    Map<String, Object> params = new HashMap<>();
    String where = where(visibility, orgUnitPath, params);
    if (where == null) {
      return List.of();
    }
    TypedQuery<Object[]> query = em.createQuery(ROW + where, Object[].class);
    params.forEach(query::setParameter);
    return query.getResultStream().map(JpaAssessmentRepository::row).toList();
  }

  /** The shared conditions, or null when the caller sees no one. */
  private static String where(Visibility v, String orgUnitPath, Map<String, Object> params) {
    if (v.seesNobody()) {
      return null;
    }
    StringBuilder where = new StringBuilder(" where a.current = true and e.erasedAt is null");
    if (!v.seesEveryone()) {
      List<String> paths = new ArrayList<>();
      Set<Long> people = new HashSet<>();
      for (Visibility.Grant g : v.grants()) {
        paths.addAll(g.unitPaths());
        people.addAll(g.people());
      }
      where.append(" and ").append(ScopeClause.of("e", paths, people, params, "v"));
    }
    if (orgUnitPath != null) {
      where
          .append(" and ")
          .append(ScopeClause.of("e", List.of(orgUnitPath), Set.of(), params, "u"));
    }
    return where.toString();
  }

  private static String property(Dimension d) {
    if (d == null) {
      return "score";
    }
    return switch (d) {
      case RESOURCE_EXCLUSIVITY -> "resourceScore";
      case EXPERIENCE_DEPENDENCY -> "experienceScore";
      case COST_SENSITIVITY -> "costScore";
    };
  }

  private static RegistryRow row(Object[] r) {
    return new RegistryRow(
        (Assessment) r[0],
        (String) r[1],
        (String) r[2],
        (Long) r[3],
        (String) r[4],
        (String) r[5],
        (String) r[6]);
  }

  @Override
  public ScoringModel model() {
    return em.createQuery(
            "select m from ScoringModel m order by m.modelVersion desc", ScoringModel.class)
        .setMaxResults(1)
        .getSingleResult();
  }

  @Override
  public List<ScoringModel> models() {
    return em.createQuery(
            "select m from ScoringModel m order by m.modelVersion desc", ScoringModel.class)
        .getResultList();
  }

  @Override
  public void add(ScoringModel model) {
    em.persist(model);
  }

  @Override
  public int rescore(ScoringModel m) {
    em.flush();
    int rescored =
        em.createQuery(
                "update Assessment a set a.score = function('round', (a.resourceScore * :wr"
                    + " + a.experienceScore * :we + a.costScore * :wc) / 100.0, 1),"
                    + " a.modelVersion = :v where a.current = true")
            .setParameter(
                "wr", java.math.BigDecimal.valueOf(m.weight(Dimension.RESOURCE_EXCLUSIVITY)))
            .setParameter(
                "we", java.math.BigDecimal.valueOf(m.weight(Dimension.EXPERIENCE_DEPENDENCY)))
            .setParameter("wc", java.math.BigDecimal.valueOf(m.weight(Dimension.COST_SENSITIVITY)))
            .setParameter("v", m.getModelVersion())
            .executeUpdate();
    em.createQuery(
            "update Assessment a set a.core = case when a.score >= :t then true else false end"
                + " where a.current = true")
        .setParameter("t", java.math.BigDecimal.valueOf(m.getThreshold()))
        .executeUpdate();
    em.clear();
    return rescored;
  }
}
