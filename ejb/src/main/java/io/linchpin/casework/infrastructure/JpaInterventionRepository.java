package io.linchpin.casework.infrastructure;

import io.linchpin.casework.domain.CasePolicy;
import io.linchpin.casework.domain.Intervention;
import io.linchpin.casework.domain.InterventionRepository;
import io.linchpin.casework.domain.Repayment;
import io.linchpin.shared.InLists;
import io.linchpin.shared.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  @Override
  public List<Intervention> plannedBetween(
      Visibility visibility, String unitPath, String jobFamily, Instant from, Instant to) {
    Map<String, Object> params = new HashMap<>();
    StringBuilder where =
        new StringBuilder(
            " where e.id = i.caseFile.employeeId and i.createdAt >= :from and i.createdAt < :to"
                + " and ");
    where.append(visibility.clause("e", unitPath, jobFamily, params));
    params.put("from", from);
    params.put("to", to);
    TypedQuery<Intervention> query =
        em.createQuery(
            "select i from Intervention i join fetch i.caseFile, Employee e"
                + where
                + " order by i.id",
            Intervention.class);
    params.forEach(query::setParameter);
    return query.getResultList();
  }

  @Override
  public Map<Long, List<Repayment>> repayments(Collection<Long> interventionIds) {
    Map<Long, List<Repayment>> byIntervention = new HashMap<>();
    for (List<Long> slice : InLists.slices(interventionIds)) {
      em.createQuery(
              "select r from Repayment r where r.intervention.id in :ids order by r.seq",
              Repayment.class)
          .setParameter("ids", slice)
          .getResultList()
          .forEach(
              r ->
                  byIntervention
                      .computeIfAbsent(r.getIntervention().getId(), k -> new ArrayList<>())
                      .add(r));
    }
    return byIntervention;
  }

  @Override
  public List<FollowUp> dueForFollowUp(
      Instant plannedBefore, Instant againFrom, long afterId, int max) {
    return em.createQuery(
            "select i.id, i.caseFile.employeeId, i.createdAt from Intervention i"
                + " where i.id > :after and i.createdAt < :before"
                + " and (i.followedUpAt is null or i.createdAt >= :again) order by i.id",
            Object[].class)
        .setParameter("after", afterId)
        .setParameter("before", plannedBefore)
        .setParameter("again", againFrom)
        .setMaxResults(max)
        .getResultStream()
        .map(r -> new FollowUp((Long) r[0], (Long) r[1], (Instant) r[2]))
        .toList();
  }

  @Override
  public void followedUp(long interventionId, Integer riskBefore, Integer riskAfter, Instant at) {
    em.createQuery(
            "update Intervention i set i.riskBefore = :b, i.riskAfter = :a, i.followedUpAt = :at"
                + " where i.id = :id")
        .setParameter("b", riskBefore)
        .setParameter("a", riskAfter)
        .setParameter("at", at)
        .setParameter("id", interventionId)
        .executeUpdate();
  }
}
