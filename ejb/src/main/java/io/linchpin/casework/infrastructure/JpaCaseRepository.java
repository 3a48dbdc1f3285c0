package io.linchpin.casework.infrastructure;

import io.linchpin.casework.domain.CaseAttachment;
import io.linchpin.casework.domain.CaseCriteria;
import io.linchpin.casework.domain.CaseEvent;
import io.linchpin.casework.domain.CaseEventKind;
import io.linchpin.casework.domain.CaseFact;
import io.linchpin.casework.domain.CaseFile;
import io.linchpin.casework.domain.CaseNotification;
import io.linchpin.casework.domain.CaseParty;
import io.linchpin.casework.domain.CaseRepository;
import io.linchpin.casework.domain.CaseSla;
import io.linchpin.casework.domain.CaseStatus;
import io.linchpin.casework.domain.CaseType;
import io.linchpin.casework.domain.RootCause;
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
public class JpaCaseRepository implements CaseRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(CaseFile caseFile) {
    em.persist(caseFile);
  }

  @Override
  public Optional<CaseFile> find(long id) {
    return Optional.ofNullable(em.find(CaseFile.class, id));
  }

  @Override
  public boolean referenceTaken(String reference) {
    return !em.createQuery("select c.id from CaseFile c where c.reference = :r", Long.class)
        .setParameter("r", reference)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<CaseFile> byInstances(Collection<String> instanceIds) {
    return InLists.query(
        instanceIds,
        slice ->
            em.createQuery(
                    "select c from CaseFile c where c.processInstanceId in :ids", CaseFile.class)
                .setParameter("ids", slice)
                .getResultList());
  }

  @Override
  public List<CaseFile> search(CaseCriteria criteria, int first, int max) {
    TypedQuery<CaseFile> query =
        where(
            "select c from CaseFile c",
            criteria,
            " order by c.openedAt desc, c.id desc",
            CaseFile.class);
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  @Override
  public long count(CaseCriteria criteria) {
    return where("select count(c) from CaseFile c", criteria, "", Long.class).getSingleResult();
  }

  /**
   * The filters and the caller's reach as a query. The offered cases come in slices of an IN list;
   * a caller with more than a few thousand offered cases is beyond what an inbox shows anyway.
   */
  private <T> TypedQuery<T> where(String select, CaseCriteria c, String order, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select).append(" where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (c.status() != null) {
      jpql.append(" and c.status = :status");
      params.put("status", c.status());
    }
    if (c.type() != null) {
      jpql.append(" and c.type = :type");
      params.put("type", c.type());
    }
    if (c.employeeId() != null) {
      jpql.append(" and c.employeeId = :employee");
      params.put("employee", c.employeeId());
    }
    if (!c.all()) {
      List<String> reach = new ArrayList<>();
      if (c.legal()) {
        reach.add("c.legalInvolved = true");
      }
      if (c.party() != null) {
        reach.add(
            "exists (select p.id from CaseParty p where p.caseId = c.id and p.accountId = :party)");
        params.put("party", c.party());
      }
      List<List<Long>> slices = InLists.slices(c.offered());
      for (int i = 0; i < slices.size(); i++) {
        reach.add("c.id in :offered" + i);
        params.put("offered" + i, slices.get(i));
      }
      jpql.append(reach.isEmpty() ? " and 1 = 0" : " and (" + String.join(" or ", reach) + ")");
    }
    TypedQuery<T> query = em.createQuery(jpql + order, type);
    params.forEach(query::setParameter);
    return query;
  }

  @Override
  public boolean hasOpenCase(long employeeId) {
    return !em.createQuery(
            "select c.id from CaseFile c where c.employeeId = :e and c.status = :open", Long.class)
        .setParameter("e", employeeId)
        .setParameter("open", CaseStatus.OPEN)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void addEvent(CaseEvent event) {
    em.persist(event);
  }

  @Override
  public List<CaseEvent> timeline(long caseId) {
    return em.createQuery(
            "select e from CaseEvent e where e.caseFile.id = :c order by e.at, e.id",
            CaseEvent.class)
        .setParameter("c", caseId)
        .getResultList();
  }

  @Override
  public void addParty(CaseParty party) {
    if (!isParty(party.getCaseId(), party.getAccountId())) {
      em.persist(party);
    }
  }

  @Override
  public List<CaseParty> parties(long caseId) {
    return em.createQuery(
            "select p from CaseParty p where p.caseId = :c order by p.since, p.id", CaseParty.class)
        .setParameter("c", caseId)
        .getResultList();
  }

  @Override
  public boolean isParty(long caseId, long accountId) {
    return !em.createQuery(
            "select p.id from CaseParty p where p.caseId = :c and p.accountId = :a", Long.class)
        .setParameter("c", caseId)
        .setParameter("a", accountId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public boolean removeParty(long caseId, long accountId) {
    return em.createQuery("delete from CaseParty p where p.caseId = :c and p.accountId = :a")
            .setParameter("c", caseId)
            .setParameter("a", accountId)
            .executeUpdate()
        > 0;
  }

  @Override
  public void notify(CaseNotification notification) {
    em.persist(notification);
  }

  @Override
  public List<CaseNotification> notificationsFor(
      String recipient, Collection<String> roles, int max) {
    TypedQuery<CaseNotification> query =
        em.createQuery(
            "select n from CaseNotification n where n.recipient = :u"
                + (roles.isEmpty() ? "" : " or n.recipientRole in :roles")
                + " order by n.createdAt desc, n.id desc",
            CaseNotification.class);
    query.setParameter("u", recipient);
    if (!roles.isEmpty()) {
      query.setParameter("roles", roles);
    }
    return query.setMaxResults(max).getResultList();
  }

  @Override
  public List<CaseSla> slas(CaseType type) {
    return em.createQuery(
            "select s from CaseSla s where s.key.caseType = :t order by s.key.step", CaseSla.class)
        .setParameter("t", type.name())
        .getResultList();
  }

  @Override
  public void add(CaseAttachment attachment) {
    em.persist(attachment);
  }

  @Override
  public List<CaseAttachment> attachments(long caseId) {
    return em.createQuery(
            "select a from CaseAttachment a where a.caseFile.id = :c order by a.uploadedAt",
            CaseAttachment.class)
        .setParameter("c", caseId)
        .getResultList();
  }

  @Override
  public Optional<CaseAttachment> attachment(long caseId, String attachmentId) {
    return Optional.ofNullable(em.find(CaseAttachment.class, attachmentId))
        .filter(a -> a.getCaseFile().getId() == caseId);
  }

  @Override
  public List<CaseFact> facts(
      Visibility visibility, String unitPath, String jobFamily, Instant from, Instant to) {
    Map<String, Object> params = new HashMap<>();
    StringBuilder where =
        new StringBuilder(
            " where e.id = c.employeeId and c.openedAt < :to"
                + " and (c.closedAt is null or c.closedAt >= :from) and ");
    where.append(visibility.clause("e", unitPath, jobFamily, params));
    params.put("from", from);
    params.put("to", to);
    TypedQuery<Object[]> query =
        em.createQuery(
            "select c.id, c.employeeId, u.path, c.type, c.openedAt, c.dueAt, c.closedAt,"
                + " c.legalInvolved, c.rootCause from CaseFile c, Employee e left join e.orgUnit u"
                + where,
            Object[].class);
    params.forEach(query::setParameter);
    List<Object[]> rows = query.getResultList();
    TypedQuery<Object[]> escalated =
        em.createQuery(
            "select c.id, count(ev.id) from CaseEvent ev join ev.caseFile c, Employee e"
                + where
                + " and ev.kind = :k group by c.id",
            Object[].class);
    params.forEach(escalated::setParameter);
    Map<Long, Long> escalations = new HashMap<>();
    escalated
        .setParameter("k", CaseEventKind.STEP_OVERDUE)
        .getResultList()
        .forEach(r -> escalations.put((Long) r[0], (Long) r[1]));
    return rows.stream()
        .map(
            r ->
                new CaseFact(
                    (Long) r[0],
                    (Long) r[1],
                    (String) r[2],
                    (CaseType) r[3],
                    (Instant) r[4],
                    (Instant) r[5],
                    (Instant) r[6],
                    (Boolean) r[7],
                    escalations.getOrDefault((Long) r[0], 0L),
                    (RootCause) r[8]))
        .toList();
  }
}
