package io.linchpin.casework.infrastructure;

import io.linchpin.casework.domain.CasePolicy;
import io.linchpin.casework.domain.Intervention;
import io.linchpin.casework.domain.InterventionRepository;
import io.linchpin.casework.domain.Repayment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaInterventionRepository implements InterventionRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(Intervention intervention) {
    em.persist(intervention);
  }

  @Override
  public List<Intervention> ofCase(long caseId) {
    return em.createQuery(
            "select i from Intervention i where i.caseFile.id = :c order by i.createdAt, i.id",
            Intervention.class)
        .setParameter("c", caseId)
        .getResultList();
  }

  @Override
  public Optional<Intervention> find(long caseId, long id) {
    return Optional.ofNullable(em.find(Intervention.class, id))
        .filter(i -> i.getCaseFile().getId() == caseId);
  }

  @Override
  public void add(Repayment repayment) {
    em.persist(repayment);
  }

  @Override
  public List<Repayment> repayments(Intervention intervention) {
    return em.createQuery(
            "select r from Repayment r where r.intervention = :i order by r.seq", Repayment.class)
        .setParameter("i", intervention)
        .getResultList();
  }

  @Override
  public Optional<CasePolicy> policy(String name) {
    return Optional.ofNullable(em.find(CasePolicy.class, name));
  }
}
