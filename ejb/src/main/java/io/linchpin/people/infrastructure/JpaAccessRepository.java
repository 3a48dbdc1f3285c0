package io.linchpin.people.infrastructure;

import io.linchpin.people.domain.AccessRepository;
import io.linchpin.people.domain.AccountBinding;
import io.linchpin.people.domain.Employee;
import io.linchpin.people.domain.KnownAccount;
import io.linchpin.people.domain.OrgUnit;
import io.linchpin.people.domain.PartnerAssignment;
import io.linchpin.shared.InLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAccessRepository implements AccessRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<AccountBinding> binding(String issuer, String subject) {
    return em.createQuery(
            "select b from AccountBinding b join fetch b.employee"
                + " where b.issuer = :issuer and b.subject = :subject",
            AccountBinding.class)
        .setParameter("issuer", issuer)
        .setParameter("subject", subject)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<AccountBinding> bindingOf(Employee employee) {
    return em.createQuery(
            "select b from AccountBinding b where b.employee = :e", AccountBinding.class)
        .setParameter("e", employee)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(AccountBinding binding) {
    em.persist(binding);
  }

  @Override
  public void remove(AccountBinding binding) {
    em.remove(binding);
  }

  @Override
  public List<PartnerAssignment> assignmentsOf(Employee partner) {
    return em.createQuery(
            "select a from PartnerAssignment a join fetch a.orgUnit where a.partner = :p"
                + " order by a.orgUnit.path",
            PartnerAssignment.class)
        .setParameter("p", partner)
        .getResultList();
  }

  @Override
  public List<PartnerAssignment> assignmentsTo(OrgUnit unit) {
    return em.createQuery(
            "select a from PartnerAssignment a join fetch a.partner where a.orgUnit = :u"
                + " order by a.partner.employeeNumber",
            PartnerAssignment.class)
        .setParameter("u", unit)
        .getResultList();
  }

  @Override
  public Optional<PartnerAssignment> assignment(Employee partner, OrgUnit unit) {
    return em.createQuery(
            "select a from PartnerAssignment a where a.partner = :p and a.orgUnit = :u",
            PartnerAssignment.class)
        .setParameter("p", partner)
        .setParameter("u", unit)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(PartnerAssignment assignment) {
    em.persist(assignment);
  }

  @Override
  public void remove(PartnerAssignment assignment) {
    em.remove(assignment);
  }

  @Override
  public List<Long> directReports(Collection<Long> managerIds) {
    return InLists.query(
        managerIds,
        slice ->
            em.createQuery("select e.id from Employee e where e.manager.id in :ids", Long.class)
                .setParameter("ids", slice)
                .getResultList());
  }

  @Override
  public Optional<KnownAccount> knownAccount(String issuer, String subject) {
    return em.createQuery(
            "select k from KnownAccount k where k.issuer = :issuer and k.subject = :subject",
            KnownAccount.class)
        .setParameter("issuer", issuer)
        .setParameter("subject", subject)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<KnownAccount> knownAccount(long id) {
    return Optional.ofNullable(em.find(KnownAccount.class, id));
  }

  @Override
  public List<KnownAccount> knownAccounts(Collection<Long> ids) {
    return InLists.query(
        ids,
        slice ->
            em.createQuery("select k from KnownAccount k where k.id in :ids", KnownAccount.class)
                .setParameter("ids", slice)
                .getResultList());
  }

  @Override
  public Optional<KnownAccount> knownAccountNamed(String username) {
    return em.createQuery(
            "select k from KnownAccount k where k.username = :u order by k.lastSeen desc, k.id desc",
            KnownAccount.class)
        .setParameter("u", username)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(KnownAccount account) {
    em.persist(account);
  }
}
