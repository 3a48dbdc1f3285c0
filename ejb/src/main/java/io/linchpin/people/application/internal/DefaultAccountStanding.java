package io.linchpin.people.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.people.application.AccountStanding;
import io.linchpin.people.domain.AccessRepository;
import io.linchpin.people.domain.AccountBinding;
import io.linchpin.people.domain.Employee;
import io.linchpin.people.domain.EmployeeRepository;
import io.linchpin.people.domain.EmployeeStatus;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.SignedInCaller;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Reads the standing of the caller's account from the employee record it is bound to, or, before
 * the first binding, the record its {@code employee_number} claim names (so that an account cannot
 * start using Linchpin on a record that has already ended). Each refusal is on the audit log.
 */
@Stateless
@PermitAll
public class DefaultAccountStanding implements AccountStanding {

  @Inject SignedInCaller caller;
  @Inject AccessRepository access;
  @Inject EmployeeRepository employees;
  @EJB AuditLog audit;

  @Override
  public Optional<String> refusal() {
    Optional<SignedInCaller.Account> signedIn = caller.account();
    if (signedIn.isEmpty()) {
      return Optional.empty();
    }
    SignedInCaller.Account account = signedIn.get();
    Optional<Employee> record =
        access
            .binding(account.issuer(), account.subject())
            .map(AccountBinding::getEmployee)
            .or(
                () ->
                    account.employeeNumber() == null || account.employeeNumber().isBlank()
                        ? Optional.empty()
                        : employees.findByNumber(account.employeeNumber().strip()));
    Optional<String> why = record.flatMap(DefaultAccountStanding::ended);
    why.ifPresent(
        reason ->
            audit.recordNow(
                AuditOperation.DENIED,
                AccountBinder.OBJECT,
                record.get().getId().toString(),
                List.of(),
                "employment ended",
                "ACCOUNT_ENDED"));
    return why;
  }

  /** Why an account bound to this record may do nothing, or empty when the record is current. */
  static Optional<String> ended(Employee e) {
    if (e.isErased()) {
      return Optional.of(
          "this account belongs to an employee record that was erased; it has no access");
    }
    if (e.getStatus() == EmployeeStatus.TERMINATED) {
      return Optional.of(
          "this account belongs to an employment that has ended; it has no access. Ask IT to"
              + " remove the account or, on rehire, HR to record the rehire");
    }
    return Optional.empty();
  }
}
