package io.linchpin.screening.infrastructure;

import io.linchpin.screening.domain.CheckOutcome;
import io.linchpin.screening.domain.CheckPurpose;
import io.linchpin.screening.domain.Consent;
import io.linchpin.screening.domain.ConsentStatus;
import io.linchpin.screening.domain.DataCategory;
import io.linchpin.screening.domain.DropRun;
import io.linchpin.screening.domain.ExternalCheck;
import io.linchpin.screening.domain.Finding;
import io.linchpin.screening.domain.ScreeningRepository;
import io.linchpin.shared.InLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaScreeningRepository implements ScreeningRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(Consent consent) {
    em.persist(consent);
  }

  @Override
  public Optional<Consent> consent(long id) {
    return Optional.ofNullable(em.find(Consent.class, id));
  }

  @Override
  public List<Consent> consents(long employeeId) {
    return em.createQuery(
            "select c from Consent c where c.employeeId = :e order by c.id desc", Consent.class)
        .setParameter("e", employeeId)
        .getResultList();
  }

  @Override
  public List<Consent> consents(long employeeId, DataCategory category, CheckPurpose purpose) {
    return em.createQuery(
            "select c from Consent c where c.employeeId = :e and c.category = :c"
                + " and c.purpose = :p order by c.id desc",
            Consent.class)
        .setParameter("e", employeeId)
        .setParameter("c", category)
        .setParameter("p", purpose)
        .getResultList();
  }

  @Override
  public List<Consent> consentsInForce(CheckPurpose purpose, LocalDate day) {
    return em.createQuery(
            "select c from Consent c where c.purpose = :p and c.status = :s"
                + " and c.validFrom <= :d and c.validUntil >= :d order by c.id",
            Consent.class)
        .setParameter("p", purpose)
        .setParameter("s", ConsentStatus.ACTIVE)
        .setParameter("d", day)
        .getResultList();
  }

  @Override
  public java.util.Map<String, java.time.Instant> lastDone(CheckPurpose purpose) {
    java.util.Map<String, java.time.Instant> last = new java.util.HashMap<>();
    em.createQuery(
            "select c.employeeId, c.category, max(c.requestedAt) from ExternalCheck c"
                + " where c.purpose = :p and c.outcome = :o group by c.employeeId, c.category",
            Object[].class)
        .setParameter("p", purpose)
        .setParameter("o", CheckOutcome.DONE)
        .getResultList()
        .forEach(row -> last.put(row[0] + "/" + row[1], (java.time.Instant) row[2]));
    return last;
  }

  @Override
  public void add(ExternalCheck check) {
    em.persist(check);
  }

  @Override
  public List<ExternalCheck> checks(long employeeId, int max) {
    return em.createQuery(
            "select c from ExternalCheck c where c.employeeId = :e order by c.id desc",
            ExternalCheck.class)
        .setParameter("e", employeeId)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public void add(Finding finding) {
    em.persist(finding);
  }

  @Override
  public List<Finding> findings(long employeeId) {
    return em.createQuery(
            "select f from Finding f where f.employeeId = :e order by f.occurredOn desc, f.id desc",
            Finding.class)
        .setParameter("e", employeeId)
        .getResultList();
  }

  @Override
  public List<Long> peopleWithFindingsAfter(
      long employeeId, java.time.Instant receivedSince, int max) {
    var query =
        em.createQuery(
                "select distinct f.employeeId from Finding f where f.employeeId > :a"
                    + (receivedSince == null ? "" : " and f.receivedAt >= :r")
                    + " order by f.employeeId",
                Long.class)
            .setParameter("a", employeeId);
    if (receivedSince != null) {
      query.setParameter("r", receivedSince);
    }
    return query.setMaxResults(max).getResultList();
  }

  @Override
  public List<Finding> findings(Collection<Long> employeeIds, LocalDate since) {
    return InLists.byIds(
        employeeIds,
        slice ->
            em.createQuery(
                    "select f from Finding f where f.employeeId in :ids and f.occurredOn >= :d",
                    Finding.class)
                .setParameter("ids", slice)
                .setParameter("d", since)
                .getResultList(),
        (first, last) ->
            em.createQuery(
                    "select f from Finding f where f.employeeId between :first and :last"
                        + " and f.occurredOn >= :d",
                    Finding.class)
                .setParameter("first", first)
                .setParameter("last", last)
                .setParameter("d", since)
                .getResultList(),
        Finding::getEmployeeId);
  }

  @Override
  public Set<String> fingerprints(long employeeId, DataCategory category) {
    return new HashSet<>(
        em.createQuery(
                "select f.fingerprint from Finding f where f.employeeId = :e and f.category = :c",
                String.class)
            .setParameter("e", employeeId)
            .setParameter("c", category)
            .getResultList());
  }

  @Override
  public int deleteFindingsOf(Collection<Long> consentIds) {
    int deleted = 0;
    for (List<Long> slice : InLists.slices(consentIds)) {
      deleted +=
          em.createQuery("delete from Finding f where f.consentId in :ids")
              .setParameter("ids", slice)
              .executeUpdate();
    }
    return deleted;
  }

  @Override
  public void add(DropRun run) {
    em.persist(run);
  }

  @Override
  public List<DropRun> drops(int max) {
    return em.createQuery("select d from DropRun d order by d.id desc", DropRun.class)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public int deleteFindingsRetainedUntilBefore(LocalDate day) {
    return em.createQuery("delete from Finding f where f.retainUntil < :d")
        .setParameter("d", day)
        .executeUpdate();
  }
}
