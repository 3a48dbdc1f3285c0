package io.linchpin.corerole.infrastructure;

import io.linchpin.corerole.domain.SuccessionRepository;
import io.linchpin.corerole.domain.SuccessorCandidate;
import io.linchpin.corerole.domain.TransitionTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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
}
