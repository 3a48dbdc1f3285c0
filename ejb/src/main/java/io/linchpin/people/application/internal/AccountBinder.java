package io.linchpin.people.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.people.domain.AccessRepository;
import io.linchpin.people.domain.AccountBinding;
import io.linchpin.people.domain.Employee;
import io.linchpin.people.domain.EmployeeRepository;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.SignedInCaller;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Binds an account to the employee record its employee-number claim names, the first time the
 * account is used, in a transaction of its own. A record already bound to another account is not
 * taken over: the attempt is refused and on record.
 */
@Stateless
@PermitAll
public class AccountBinder {

  static final String OBJECT = "account";

  @Inject AccessRepository access;
  @Inject EmployeeRepository employees;
  @EJB AuditLog audit;
  @PersistenceContext EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Long> bind(SignedInCaller.Account account) {
    Optional<AccountBinding> existing = access.binding(account.issuer(), account.subject());
    if (existing.isPresent()) {
      return Optional.of(existing.get().getEmployee().getId());
    }
    Optional<Employee> employee = employees.findByNumber(account.employeeNumber().strip());
    if (employee.isEmpty()) {
      return Optional.empty();
    }
    Employee e = employee.get();
    if (DefaultAccountStanding.ended(e).isPresent()) {
      return refused(e, "the employment on the record has ended");
    }
    if (access.bindingOf(e).isPresent()) {
      return refused(e, "the employee record is bound to another account already");
    }
    access.add(
        new AccountBinding(
            account.issuer(),
            account.subject(),
            e,
            account.username() == null ? account.subject() : account.username(),
            Instant.now()));
    em.flush();
    audit.record(
        AuditOperation.BIND,
        OBJECT,
        e.getId().toString(),
        List.of("issuer", "subject"),
        "first sign-in");
    return Optional.of(e.getId());
  }

  private Optional<Long> refused(Employee e, String why) {
    audit.recordNow(
        AuditOperation.BIND,
        OBJECT,
        e.getId().toString(),
        List.of("issuer", "subject"),
        why,
        "DENIED");
    return Optional.empty();
  }
}
