package io.linchpin.people.infrastructure;

import io.linchpin.people.domain.imports.ColumnMapping;
import io.linchpin.people.domain.imports.ImportError;
import io.linchpin.people.domain.imports.ImportFile;
import io.linchpin.people.domain.imports.ImportJob;
import io.linchpin.people.domain.imports.ImportRepository;
import io.linchpin.people.domain.imports.ImportStatus;
import io.linchpin.people.domain.imports.ImportUnit;
import io.linchpin.people.domain.imports.RowProblem;
import io.linchpin.shared.FieldSealer;
import io.linchpin.shared.InLists;
import io.linchpin.shared.ScopeClause;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaImportRepository implements ImportRepository {

  @PersistenceContext private EntityManager em;
  @Inject FieldSealer sealer;

  @Override
  public void add(ImportJob job, byte[] content) {
    em.persist(job);
    em.persist(new ImportFile(job.getId(), content));
  }

  @Override
  public byte[] content(long importId) {
    ImportFile file = em.find(ImportFile.class, importId);
    if (file == null) {
      throw new IllegalStateException("the file of import " + importId + " is missing");
    }
    return file.getContent();
  }

  @Override
  public Optional<ImportJob> find(long id) {
    return Optional.ofNullable(em.find(ImportJob.class, id));
  }

  @Override
  public void discardFile(long importId) {
    em.createQuery("delete from ImportFile f where f.importId = :id")
        .setParameter("id", importId)
        .executeUpdate();
    sealer.erase(ImportFile.subject(importId));
  }

  @Override
  public void reject(ImportJob job, int rows, List<RowProblem> problems, Instant at) {
    clearErrors(job.getId());
    addErrors(job.getId(), problems);
    discardFile(job.getId());
    job.rejected(
        rows,
        problems.size(),
        "the file has " + problems.size() + " problem(s); nothing was imported",
        at);
  }

  @Override
  public List<ImportJob> recent(int max) {
    return em.createQuery("select j from ImportJob j order by j.id desc", ImportJob.class)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<ImportJob> recentTouching(Collection<String> unitPaths, int max) {
    return touching(unitPaths, null, max);
  }

  @Override
  public boolean touches(long importId, Collection<String> unitPaths) {
    return !touching(unitPaths, importId, 1).isEmpty();
  }

  /** The newest imports (or the one import) that touched a unit within one of the paths. */
  private List<ImportJob> touching(Collection<String> unitPaths, Long importId, int max) {
    if (unitPaths.isEmpty()) {
      return List.of();
    }
    Map<String, Object> params = new HashMap<>();
    String unitWithin = ScopeClause.units("u.path", List.copyOf(unitPaths), params, "p");
    if (importId != null) {
      params.put("j", importId);
    }
    TypedQuery<ImportJob> query =
        em.createQuery(
            "select j from ImportJob j where "
                + (importId == null ? "" : "j.id = :j and ")
                + "exists (select t.importId from ImportUnit t, OrgUnit u"
                + " where t.importId = j.id and u.id = t.orgUnitId and "
                + unitWithin
                + ") order by j.id desc",
            ImportJob.class);
    params.forEach(query::setParameter);
    return query.setMaxResults(max).getResultList();
  }

  @Override
  public void touched(long importId, Collection<Long> employeeIds, Collection<Long> orgUnitIds) {
    Set<Long> units = new HashSet<>(orgUnitIds);
    units.remove(null);
    units.addAll(
        InLists.query(
            Set.copyOf(employeeIds),
            slice ->
                em.createQuery(
                        "select distinct e.orgUnit.id from Employee e where e.id in :ids"
                            + " and e.orgUnit is not null",
                        Long.class)
                    .setParameter("ids", slice)
                    .getResultList()));
    if (units.isEmpty()) {
      return;
    }
    units.removeAll(
        em.createQuery("select t.orgUnitId from ImportUnit t where t.importId = :j", Long.class)
            .setParameter("j", importId)
            .getResultList());
    for (Long unit : units) {
      em.persist(new ImportUnit(importId, unit));
    }
  }

  @Override
  public List<ImportJob> unfinished() {
    return em.createQuery(
            "select j from ImportJob j where j.status in :open order by j.id", ImportJob.class)
        .setParameter(
            "open",
            EnumSet.of(ImportStatus.QUEUED, ImportStatus.VALIDATING, ImportStatus.IMPORTING))
        .getResultList();
  }

  @Override
  public void addErrors(long importId, List<RowProblem> problems) {
    int n = 0;
    for (RowProblem problem : problems) {
      em.persist(new ImportError(importId, problem));
      if (++n % 500 == 0) {
        em.flush();
      }
    }
  }

  @Override
  public void clearErrors(long importId) {
    em.createQuery("delete from ImportError e where e.importId = :id")
        .setParameter("id", importId)
        .executeUpdate();
  }

  @Override
  public List<ImportError> errors(long importId) {
    return em.createQuery(
            "select e from ImportError e where e.importId = :id order by e.line, e.id",
            ImportError.class)
        .setParameter("id", importId)
        .getResultList();
  }

  @Override
  public Optional<ColumnMapping> mapping(String name) {
    return em.createQuery("select m from ColumnMapping m where m.name = :n", ColumnMapping.class)
        .setParameter("n", name)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ColumnMapping> mappings() {
    return em.createQuery("select m from ColumnMapping m order by m.name", ColumnMapping.class)
        .getResultList();
  }

  @Override
  public void add(ColumnMapping mapping) {
    em.persist(mapping);
  }
}
