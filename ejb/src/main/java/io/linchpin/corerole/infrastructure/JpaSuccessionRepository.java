package io.linchpin.corerole.infrastructure;

import io.linchpin.corerole.domain.BenchRow;
import io.linchpin.corerole.domain.Readiness;
import io.linchpin.corerole.domain.SuccessionRepository;
import io.linchpin.corerole.domain.SuccessionRepository.Bench;
import io.linchpin.corerole.domain.SuccessorCandidate;
import io.linchpin.corerole.domain.TransitionTask;
import io.linchpin.people.domain.EmployeeStatus;
import io.linchpin.shared.InLists;
import io.linchpin.shared.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaSuccessionRepository implements SuccessionRepository {

  @PersistenceContext EntityManager em;

  @Override
  public List<SuccessorCandidate> candidates(long incumbentId) {
    return em.createQuery(
            "select c from SuccessorCandidate c where c.incumbentId = :i order by c.readiness, c.id",
            SuccessorCandidate.class)
        .setParameter("i", incumbentId)
        .getResultList();
  }

  @Override
  public Optional<SuccessorCandidate> candidate(long incumbentId, long candidateId) {
    return em.createQuery(
            "select c from SuccessorCandidate c where c.incumbentId = :i and c.candidateId = :c",
            SuccessorCandidate.class)
        .setParameter("i", incumbentId)
        .setParameter("c", candidateId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(SuccessorCandidate candidate) {
    em.persist(candidate);
  }

  @Override
  public void remove(SuccessorCandidate candidate) {
    em.remove(candidate);
  }

  @Override
  public List<TransitionTask> tasks(long incumbentId) {
    return em.createQuery(
            "select t from TransitionTask t where t.incumbentId = :i order by t.due, t.id",
            TransitionTask.class)
        .setParameter("i", incumbentId)
        .getResultList();
  }

  @Override
  public Optional<TransitionTask> task(long id) {
    return Optional.ofNullable(em.find(TransitionTask.class, id));
  }

  @Override
  public void add(TransitionTask task) {
    em.persist(task);
  }

  @Override
  public int removeOpenTasks(long incumbentId) {
    return em.createQuery(
            "delete from TransitionTask t where t.incumbentId = :i and t.doneAt is null")
        .setParameter("i", incumbentId)
        .executeUpdate();
  }

  @Override
  public Bench bench(Visibility visibility, String unitPath, String jobFamily) {
    Map<String, Object> params = new HashMap<>();
    StringBuilder where =
        new StringBuilder(
            " where a.current = true and a.core = true and e.erasedAt is null"
                + " and e.status <> :left and "
                + visibility.clause("e", unitPath, params));
    params.put("left", EmployeeStatus.TERMINATED);
    if (jobFamily != null) {
      where.append(" and p.jobFamily = :family");
      params.put("family", jobFamily);
    }
    String from =
        " from Assessment a join Employee e on e.id = a.employeeId"
            + " left join e.orgUnit u left join e.position p";
    TypedQuery<Long> core = em.createQuery("select count(a.id)" + from + where, Long.class);
    params.forEach(core::setParameter);
    TypedQuery<Object[]> gaps =
        em.createQuery(
            "select e.id, e.employeeNumber, e.fullName, u.name, p.title, p.jobFamily, a.score"
                + from
                + where
                + " and not exists (select s.id from SuccessorCandidate s, Employee c"
                + " where s.incumbentId = e.id and c.id = s.candidateId"
                + " and s.readiness = :ready and c.erasedAt is null and c.status <> :left)",
            Object[].class);
    params.forEach(gaps::setParameter);
    gaps.setParameter("ready", Readiness.READY_NOW);
    return new Bench(
        core.getSingleResult(),
        gaps.getResultStream()
            .map(
                r ->
                    new BenchRow(
                        (Long) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        (BigDecimal) r[6]))
            .toList());
  }

  @Override
  public Map<Long, Readiness> bestReadiness(Collection<Long> incumbents) {
    Map<Long, Readiness> best = new HashMap<>();
    InLists.query(
            incumbents,
            slice ->
                em.createQuery(
                        "select s.incumbentId, s.readiness from SuccessorCandidate s, Employee c"
                            + " where c.id = s.candidateId and s.incumbentId in :ids"
                            + " and c.erasedAt is null and c.status <> :left",
                        Object[].class)
                    .setParameter("ids", slice)
                    .setParameter("left", EmployeeStatus.TERMINATED)
                    .getResultList())
        .forEach(
            r -> best.merge((Long) r[0], (Readiness) r[1], (x, y) -> x.compareTo(y) <= 0 ? x : y));
    return best;
  }
}
