package io.linchpin.people.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.people.application.AccessService;
import io.linchpin.people.application.Ref;
import io.linchpin.people.domain.AccessRepository;
import io.linchpin.people.domain.AccountBinding;
import io.linchpin.people.domain.Employee;
import io.linchpin.people.domain.EmployeeCriteria;
import io.linchpin.people.domain.EmployeeRepository;
import io.linchpin.people.domain.OrgUnit;
import io.linchpin.people.domain.OrgUnitRepository;
import io.linchpin.people.domain.PartnerAssignment;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.ConflictException;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.NotFoundException;
import io.linchpin.shared.OwnRecordException;
import io.linchpin.shared.Roles;
import io.linchpin.shared.Visibility;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Stateless
@RolesAllowed(Roles.HR_ADMIN)
public class DefaultAccessService implements AccessService {

  static final String PARTNER_OBJECT = "org-unit";

  @Resource SessionContext session;
  @Inject AccessRepository access;
  @Inject EmployeeRepository employees;
  @Inject OrgUnitRepository orgUnits;
  @EJB AccessScopes scopes;
  @EJB AuditLog audit;
  @EJB ScopeCache scopeCache;

  @Override
  @PermitAll
  public Optional<Ref> self() {
    return scopes.self().map(e -> new Ref(e.getId(), e.getFullName()));
  }

  @Override
  @PermitAll
  public void refuseOwnRecord(long employeeId, String field, String what) {
    Optional<Employee> self = scopes.self();
    if (self.isPresent() && self.get().getId() == employeeId) {
      audit.recordNow(
          AuditOperation.DENIED,
          "employee",
          Long.toString(employeeId),
          List.of(field),
          what,
          "OWN_RECORD");
      throw new OwnRecordException(
          field, "you may not " + what + " on a record about yourself; another colleague must");
    }
  }

  @Override
  @PermitAll
  public Ref requireSelf() {
    return self()
        .orElseThrow(
            () ->
                new ConflictException(
                    "account",
                    "your account is not linked to an employee record; ask HR to link it"));
  }

  @Override
  @PermitAll
  public CallerView me() {
    List<String> roles = Roles.ALL.stream().filter(session::isCallerInRole).toList();
    if (roles.isEmpty()) {
      throw new jakarta.ejb.EJBAccessException("no Linchpin role");
    }
    Optional<Employee> self = scopes.self();
    Visibility visibility = scopes.visibility();
    long inScope =
        visibility.seesNobody()
            ? 0
            : employees
                .search(
                    new EmployeeCriteria(
                        visibility,
                        null,
                        null,
                        null,
                        null,
                        null,
                        EmployeeCriteria.SortField.EMPLOYEE_NUMBER,
                        false,
                        0,
                        1))
                .total();
    return new CallerView(
        session.getCallerPrincipal().getName(),
        roles,
        self.map(e -> new Ref(e.getId(), e.getFullName())).orElse(null),
        self.map(Employee::getEmployeeNumber).orElse(null),
        self.map(Employee::getOrgUnit).map(u -> new Ref(u.getId(), u.getPath())).orElse(null),
        inScope);
  }

  @Override
  public AccountView account(long employeeId) {
    Employee e = employee(employeeId, "id");
    AccountBinding b =
        access
            .bindingOf(e)
            .orElseThrow(() -> new NotFoundException("Account of employee", employeeId));
    return new AccountView(
        employeeId, b.getIssuer(), b.getSubject(), b.getUsername(), b.getBoundAt());
  }

  @Override
  public void unbind(long employeeId, String reason) {
    if (reason == null || reason.isBlank() || reason.length() > 200) {
      throw new InvalidInputException("reason", "say in 1 to 200 characters why");
    }
    Employee e = employee(employeeId, "id");
    AccountBinding b =
        access
            .bindingOf(e)
            .orElseThrow(() -> new NotFoundException("Account of employee", employeeId));
    access.remove(b);
    scopeCache.changed();
    audit.record(
        AuditOperation.UNBIND,
        AccountBinder.OBJECT,
        String.valueOf(employeeId),
        List.of("issuer", "subject"),
        reason.strip());
  }

  @Override
  public List<PartnerView> partners(long orgUnitId) {
    OrgUnit unit = unit(orgUnitId);
    return access.assignmentsTo(unit).stream().map(DefaultAccessService::view).toList();
  }

  @Override
  public PartnerView assignPartner(long orgUnitId, long partnerId) {
    OrgUnit unit = unit(orgUnitId);
    Employee partner = employee(partnerId, "partnerId");
    if (access.assignment(partner, unit).isPresent()) {
      throw new ConflictException(
          "partnerId", "employee " + partnerId + " already looks after " + unit.getPath());
    }
    PartnerAssignment a =
        new PartnerAssignment(partner, unit, Instant.now(), session.getCallerPrincipal().getName());
    access.add(a);
    scopeCache.changed();
    audit.record(
        AuditOperation.CREATE,
        PARTNER_OBJECT,
        String.valueOf(orgUnitId),
        List.of("hrPartner:" + partnerId),
        null);
    return view(a);
  }

  @Override
  public void unassignPartner(long orgUnitId, long partnerId) {
    OrgUnit unit = unit(orgUnitId);
    Employee partner = employee(partnerId, "partnerId");
    PartnerAssignment a =
        access
            .assignment(partner, unit)
            .orElseThrow(
                () -> new NotFoundException("HR partner " + partnerId + " of org unit", orgUnitId));
    access.remove(a);
    scopeCache.changed();
    audit.record(
        AuditOperation.UPDATE,
        PARTNER_OBJECT,
        String.valueOf(orgUnitId),
        List.of("hrPartner:" + partnerId + ":removed"),
        null);
  }

  private OrgUnit unit(long id) {
    return orgUnits.find(id).orElseThrow(() -> new NotFoundException("Org unit", id));
  }

  private Employee employee(long id, String field) {
    return employees
        .find(id)
        .orElseThrow(
            () ->
                "id".equals(field)
                    ? new NotFoundException("Employee", id)
                    : new InvalidInputException(field, "names no existing employee"));
  }

  private static PartnerView view(PartnerAssignment a) {
    return new PartnerView(
        new Ref(a.getOrgUnit().getId(), a.getOrgUnit().getPath()),
        new Ref(a.getPartner().getId(), a.getPartner().getFullName()),
        a.getPartner().getEmployeeNumber(),
        a.getAssignedAt(),
        a.getAssignedBy());
  }
}
