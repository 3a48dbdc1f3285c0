package io.linchpin.people.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.people.application.CorrectPersonalData;
import io.linchpin.people.application.EmployeeDetails;
import io.linchpin.people.application.EmployeeSearch;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.people.application.EmployeeSummary;
import io.linchpin.people.application.EmploymentEventView;
import io.linchpin.people.application.ErasureObjection;
import io.linchpin.people.application.HireEmployee;
import io.linchpin.people.application.PersonRef;
import io.linchpin.people.application.RecordLifecycleEvent;
import io.linchpin.people.application.Ref;
import io.linchpin.people.domain.Employee;
import io.linchpin.people.domain.EmployeeCriteria;
import io.linchpin.people.domain.EmployeeRepository;
import io.linchpin.people.domain.EmploymentDates;
import io.linchpin.people.domain.EmploymentEvent;
import io.linchpin.people.domain.EmploymentTerms;
import io.linchpin.people.domain.LifecycleEventType;
import io.linchpin.people.domain.OrgUnit;
import io.linchpin.people.domain.OrgUnitRepository;
import io.linchpin.people.domain.PersonalData;
import io.linchpin.people.domain.PersonalDataPolicy;
import io.linchpin.people.domain.Position;
import io.linchpin.people.domain.PositionRepository;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.ConflictException;
import io.linchpin.shared.EmployeeId;
import io.linchpin.shared.FieldSealer;
import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.InputValidator;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.NotFoundException;
import io.linchpin.shared.Page;
import io.linchpin.shared.ResidentIdNumber;
import io.linchpin.shared.Roles;
import io.linchpin.shared.Visibility;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps employee records and their history consistent: terms change only through events, events are
 * appended in effective-date order, and an event takes effect in the current record on its
 * effective date (at once when that date has come, otherwise by the daily run).
 */
@Stateless
@RolesAllowed({
  Roles.HR_ADMIN,
  Roles.HR_BP,
  Roles.LEGAL,
  Roles.LINE_MANAGER,
  Roles.BUSINESS_HEAD,
  Roles.EMPLOYEE
})
public class DefaultEmployeeService implements EmployeeService {

  @Inject EmployeeRepository employees;
  @Inject OrgUnitRepository orgUnits;
  @Inject PositionRepository positions;
  @Inject InputValidator validator;
  @Inject FieldSealer sealer;
  @EJB AuditLog audit;
  @EJB AccessScopes scopes;
  @EJB ScopeCache scopeCache;
  @Resource SessionContext session;
  @Inject Instance<ErasureObjection> objections;

  static final String OBJECT = "employee";
  static final List<String> SENSITIVE_FIELDS = List.of("nationalId", "bankAccount", "baseSalary");

  private final Clock clock = Clock.systemDefaultZone();

  @Override
  public Page<EmployeeSummary> search(EmployeeSearch search) {
    validator.validate(search);
    Visibility visibility = scopes.visibility();
    if (search.nationalId() != null
        && !search.nationalId().isBlank()
        && !visibility.sensitiveForAll()) {
      throw new InvalidInputException(
          "nationalId", "only HR roles may search by national ID number");
    }
    String path = null;
    if (search.orgUnitId() != null) {
      path =
          orgUnits
              .find(search.orgUnitId())
              .map(OrgUnit::getPath)
              .orElseThrow(
                  () -> new InvalidInputException("orgUnitId", "names no existing org unit"));
    }
    Page<Employee> page =
        employees.search(
            new EmployeeCriteria(
                visibility,
                search.text(),
                path,
                search.nationalId() == null || search.nationalId().isBlank()
                    ? null
                    : sealer.blindIndex(
                        "national_id", ResidentIdNumber.normalize(search.nationalId())),
                search.positionId(),
                search.status(),
                search.sort(),
                search.descending(),
                search.page(),
                search.size()));
    return new Page<>(
        page.items().stream().map(PeopleViews::summary).toList(),
        page.total(),
        page.page(),
        page.size());
  }

  @Override
  public EmployeeDetails get(EmployeeId id, String purpose) {
    Visibility visibility = scopes.visibility();
    Employee e =
        employees
            .findWithTerms(id.value())
            .filter(found -> found.visibleTo(visibility))
            .orElseThrow(() -> new NotFoundException("Employee", id));
    return detailsFor(e, visibility, purpose);
  }

  @Override
  public EmployeeDetails asOf(EmployeeId id, LocalDate date, String purpose) {
    Visibility visibility = scopes.visibility();
    Employee e = loadVisible(id, visibility);
    EmploymentEvent inEffect =
        employees
            .inEffectOn(e, date)
            .orElseThrow(
                () ->
                    new NotFoundException("Employment of employee " + id + " on", date.toString()));
    return detailsFor(e, inEffect, date, visibility, purpose, false);
  }

  /**
   * The one way a person's record leaves this service: with salary, national ID and bank account
   * only when the caller may see them, and then with the read on the audit log.
   */
  private EmployeeDetails detailsFor(Employee e, Visibility visibility, String purpose) {
    return detailsFor(e, null, today(), visibility, purpose, false);
  }

  /**
   * {@link #detailsFor} as the answer to a change: the sensitive read goes on the audit log in the
   * change's own transaction (beside the change's entry), so it is on record exactly when the
   * change is.
   */
  private EmployeeDetails changedDetailsFor(Employee e, Visibility visibility, String purpose) {
    return detailsFor(e, null, today(), visibility, purpose, true);
  }

  /**
   * The one place an employee's details leave this service: built for the caller's visibility, with
   * the sensitive read audited (in the caller's transaction for a {@code change}, at once
   * otherwise).
   */
  private EmployeeDetails detailsFor(
      Employee e,
      EmploymentEvent inEffect,
      LocalDate date,
      Visibility visibility,
      String purpose,
      boolean change) {
    if (!e.sensitiveVisibleTo(visibility)) {
      return PeopleViews.detailsWithoutSensitive(
          e, inEffect == null ? e.termsWithoutSalary() : inEffect.termsWithoutSalary(), date);
    }
    if (change) {
      audit.record(
          AuditOperation.READ_SENSITIVE,
          OBJECT,
          e.getId().toString(),
          SENSITIVE_FIELDS,
          purpose == null || purpose.isBlank() ? null : purpose.strip());
    } else {
      auditRead(e, SENSITIVE_FIELDS, purpose);
    }
    return PeopleViews.details(e, inEffect == null ? e.terms() : inEffect.terms(), date);
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public EmployeeDetails hire(HireEmployee c) {
    PersonalData data =
        PersonalDataPolicy.normalize(
            new PersonalData(c.fullName(), c.email(), c.phone(), c.nationalId(), c.bankAccount()));
    List<FieldViolation> violations = new ArrayList<>(PersonalDataPolicy.check(data));
    violations.addAll(PersonalDataPolicy.checkSalary("baseSalary", c.baseSalary()));
    if (c.hireDate() != null) {
      EmploymentDates.implausible(c.hireDate(), today())
          .ifPresent(why -> violations.add(new FieldViolation("hireDate", why)));
    }
    validator.validate(c, violations);
    if (employees.findByNumber(c.employeeNumber()).isPresent()) {
      throw new ConflictException(
          "employeeNumber", "employee number " + c.employeeNumber() + " is already taken");
    }
    EmploymentTerms terms =
        resolve(
            c.orgUnitId(),
            c.positionId(),
            c.managerId(),
            new EmploymentTerms(null, null, null, c.baseSalary(), null));
    EmploymentEvent hire =
        Employee.hire(
            c.employeeNumber(), data, c.hireDate(), terms, null, clock.instant(), caller());
    Employee employee = hire.getEmployee();
    scopeCache.changed();
    employees.add(employee);
    employees.add(hire);
    audit.record(AuditOperation.CREATE, OBJECT, employee.getId().toString(), givenFields(c), null);
    // Only HR admins hire, and the answer echoes what they sent: the new record, not a read.
    return PeopleViews.details(employee, employee.terms(), today());
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public EmployeeDetails correct(EmployeeId id, CorrectPersonalData c) {
    PersonalData data =
        PersonalDataPolicy.normalize(
            new PersonalData(c.fullName(), c.email(), c.phone(), c.nationalId(), c.bankAccount()));
    validator.validate(c, PersonalDataPolicy.check(data));
    Employee e = load(id);
    e.correct(data);
    audit.record(
        AuditOperation.UPDATE,
        OBJECT,
        id.toString(),
        List.of("fullName", "email", "phone", "nationalId", "bankAccount"),
        null);
    return changedDetailsFor(e, scopes.visibility(), null);
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public EmploymentEventView record(EmployeeId id, RecordLifecycleEvent c) {
    List<FieldViolation> violations =
        new ArrayList<>(PersonalDataPolicy.checkSalary("baseSalary", c.baseSalary()));
    if (c.effectiveDate() != null) {
      EmploymentDates.implausible(c.effectiveDate(), today())
          .ifPresent(why -> violations.add(new FieldViolation("effectiveDate", why)));
    }
    validator.validate(c, violations);
    Employee e = load(id);
    List<EmploymentEvent> history = employees.history(e);
    EmploymentEvent latest = history.get(history.size() - 1);
    if (c.effectiveDate().isBefore(latest.getEffectiveDate())) {
      throw new InvalidInputException(
          "effectiveDate",
          "must not be before the latest recorded change ("
              + latest.getEffectiveDate()
              + "); record a correcting change instead");
    }
    EmploymentTerms before = latest.terms();
    if (!c.type().allowedFrom(before.status())) {
      throw new InvalidInputException(
          "type", c.type() + " is not possible for an employee who is " + before.status());
    }
    EmploymentTerms after = resolve(c.orgUnitId(), c.positionId(), c.managerId(), before);
    if (c.baseSalary() != null) {
      after = after.withBaseSalary(c.baseSalary());
    }
    if (c.type().resultingStatus() != null) {
      after = after.withStatus(c.type().resultingStatus());
    }
    requireWhatTheChangeNeeds(c, before, after);
    scopeCache.changed();
    EmploymentEvent event =
        e.change(
            c.type(), c.effectiveDate(), after, c.reason(), clock.instant(), caller(), today());
    employees.add(event);
    audit.record(
        AuditOperation.CREATE,
        OBJECT,
        id.toString(),
        List.of("history:" + c.type().name() + ":" + c.effectiveDate()),
        c.reason() == null ? null : "lifecycle change");
    boolean inEffect = event.isApplied();
    return PeopleViews.event(event, inEffect);
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public List<EmploymentEventView> history(EmployeeId id, String purpose) {
    Visibility visibility = scopes.visibility();
    Employee e = loadVisible(id, visibility);
    if (!e.sensitiveVisibleTo(visibility)) {
      throw new NotFoundException("Employee", id);
    }
    auditRead(e, List.of("history.baseSalary"), purpose);
    LocalDate today = today();
    List<EmploymentEvent> events = employees.history(e);
    Optional<EmploymentEvent> current = employees.inEffectOn(e, today);
    return events.stream()
        .map(
            v ->
                PeopleViews.event(
                    v, current.isPresent() && current.get().getId().equals(v.getId())))
        .toList();
  }

  @Override
  public PersonRef person(EmployeeId id) {
    return ref(loadVisible(id, scopes.visibility()));
  }

  @Override
  public java.util.Map<Long, PersonRef> people(Collection<Long> ids) {
    Visibility visibility = scopes.visibility();
    java.util.Map<Long, PersonRef> found = new java.util.HashMap<>();
    if (visibility.seesNobody() || ids.isEmpty()) {
      return found;
    }
    for (Employee e : employees.findAll(ids)) {
      if (e.visibleTo(visibility)) {
        found.put(e.getId(), ref(e));
      }
    }
    return found;
  }

  private static PersonRef ref(Employee e) {
    return new PersonRef(
        e.getId(),
        e.getEmployeeNumber(),
        e.getFullName(),
        e.getOrgUnit() == null ? null : new Ref(e.getOrgUnit().getId(), e.getOrgUnit().getName()),
        e.getPosition() == null
            ? null
            : new Ref(e.getPosition().getId(), e.getPosition().getTitle()),
        e.subject(),
        e.isErased());
  }

  @Override
  public Visibility visibility() {
    return scopes.visibility();
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.BUSINESS_HEAD})
  public java.util.Map<Long, BigDecimal> salariesForCosting(Collection<Long> ids, String purpose) {
    Visibility visibility = scopes.visibility();
    java.util.Map<Long, BigDecimal> salaries = new java.util.HashMap<>();
    if (visibility.seesNobody() || ids.isEmpty()) {
      return salaries;
    }
    List<Employee> seen =
        employees.findAll(ids).stream()
            .filter(e -> e.visibleTo(visibility))
            .filter(e -> !e.isErased())
            .toList();
    for (Employee e : seen) {
      if (e.getBaseSalary() != null) {
        salaries.put(e.getId(), e.getBaseSalary());
      }
    }
    if (seen.size() < SALARY_AUDIT_EACH) {
      seen.forEach(e -> auditRead(e, List.of("baseSalary"), purpose));
    } else {
      audit.recordNow(
          AuditOperation.READ_SENSITIVE,
          OBJECT,
          seen.size() + " people",
          List.of("baseSalary"),
          purpose,
          "ALLOWED");
    }
    return salaries;
  }

  @Override
  public java.util.Map<Long, List<LocalDate>> departures(Collection<Long> ids) {
    Set<Long> visible = visibleAmong(ids);
    return visible.isEmpty() ? java.util.Map.of() : employees.departures(visible);
  }

  @Override
  public Set<Long> visibleAmong(Collection<Long> ids) {
    Visibility visibility = scopes.visibility();
    if (visibility.seesEveryone()) {
      return Set.copyOf(ids);
    }
    if (visibility.seesNobody() || ids.isEmpty()) {
      return Set.of();
    }
    Set<Long> seen = new HashSet<>();
    for (Employee e : employees.findAll(ids)) {
      if (e.visibleTo(visibility)) {
        seen.add(e.getId());
      }
    }
    return seen;
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public EmployeeDetails erase(EmployeeId id, String reason) {
    if (reason == null || reason.isBlank() || reason.length() > 200) {
      throw new InvalidInputException(
          "reason", "say in 1 to 200 characters why the data is erased");
    }
    Employee e = load(id);
    if (e.isUnderLegalHold()) {
      throw new ConflictException(
          "legalHold", "a legal hold is in place; the person's data may not be erased");
    }
    for (ErasureObjection objection : objections) {
      Optional<ErasureObjection.Objection> objects = objection.objectTo(id);
      if (objects.isPresent()) {
        throw new ConflictException(objects.get().field(), objects.get().message());
      }
    }
    if (!e.isErased()) {
      e.erase(clock.instant());
      employees.clearSealedHistory(e);
      sealer.erase(e.subject());
      audit.record(AuditOperation.ERASE, OBJECT, id.toString(), SENSITIVE_FIELDS, reason);
    }
    return changedDetailsFor(e, scopes.visibility(), null);
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.LEGAL})
  public EmployeeDetails holdForLegal(EmployeeId id, boolean held, String reason) {
    if (reason == null || reason.isBlank() || reason.length() > 200) {
      throw new InvalidInputException("reason", "say in 1 to 200 characters why");
    }
    Visibility visibility = scopes.visibility();
    Employee e = loadVisible(id, visibility);
    e.holdForLegal(held);
    audit.record(
        AuditOperation.LEGAL_HOLD,
        OBJECT,
        id.toString(),
        List.of(held ? "placed" : "lifted"),
        reason);
    return changedDetailsFor(e, visibility, reason);
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public int applyDueEvents() {
    List<EmploymentEvent> due = employees.dueAndNotApplied(today());
    if (!due.isEmpty()) {
      scopeCache.changed();
    }
    for (EmploymentEvent event : due) {
      event.getEmployee().apply(event);
      event.markApplied();
    }
    return due.size();
  }

  private void requireWhatTheChangeNeeds(
      RecordLifecycleEvent c, EmploymentTerms before, EmploymentTerms after) {
    LifecycleEventType type = c.type();
    if (type == LifecycleEventType.TRANSFER && c.orgUnitId() == null) {
      throw new InvalidInputException("orgUnitId", "a transfer must name the new org unit");
    }
    if (type == LifecycleEventType.PROMOTION && c.positionId() == null) {
      throw new InvalidInputException("positionId", "a promotion must name the new position");
    }
    if (type == LifecycleEventType.SALARY_CHANGE && c.baseSalary() == null) {
      throw new InvalidInputException("baseSalary", "a salary change must give the new salary");
    }
    if ((type == LifecycleEventType.TRANSFER
            || type == LifecycleEventType.PROMOTION
            || type == LifecycleEventType.SALARY_CHANGE)
        && after.sameAs(before)) {
      throw new InvalidInputException("type", "the change leaves the record as it is");
    }
  }

  private EmploymentTerms resolve(
      Long orgUnitId, Long positionId, Long managerId, EmploymentTerms base) {
    List<FieldViolation> missing = new ArrayList<>();
    EmploymentTerms terms = base;
    if (orgUnitId != null) {
      Optional<OrgUnit> unit = orgUnits.find(orgUnitId);
      if (unit.isEmpty()) {
        missing.add(new FieldViolation("orgUnitId", "names no existing org unit"));
      } else {
        terms = terms.withOrgUnit(unit.get());
      }
    }
    if (positionId != null) {
      Optional<Position> position = positions.find(positionId);
      if (position.isEmpty()) {
        missing.add(new FieldViolation("positionId", "names no existing position"));
      } else {
        terms = terms.withPosition(position.get());
      }
    }
    if (managerId != null) {
      Optional<Employee> manager = employees.find(managerId);
      if (manager.isEmpty()) {
        missing.add(new FieldViolation("managerId", "names no existing employee"));
      } else {
        terms = terms.withManager(manager.get());
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException(missing);
    }
    return terms;
  }

  /** Every view of sensitive fields is on record, once per request. */
  private void auditRead(Employee e, List<String> fields, String purpose) {
    if (purpose != null && purpose.length() > 200) {
      throw new InvalidInputException("purpose", "must be at most 200 characters");
    }
    audit.recordNow(
        AuditOperation.READ_SENSITIVE,
        OBJECT,
        e.getId().toString(),
        fields,
        purpose == null || purpose.isBlank() ? null : purpose.strip(),
        "ALLOWED");
  }

  private static List<String> givenFields(HireEmployee c) {
    List<String> fields = new ArrayList<>(List.of("employeeNumber", "fullName", "hireDate"));
    if (c.nationalId() != null) {
      fields.add("nationalId");
    }
    if (c.bankAccount() != null) {
      fields.add("bankAccount");
    }
    if (c.baseSalary() != null) {
      fields.add("baseSalary");
    }
    return fields;
  }

  /** Someone outside the caller's scope is reported exactly like someone who does not exist. */
  private Employee loadVisible(EmployeeId id, Visibility visibility) {
    Employee e = load(id);
    if (!e.visibleTo(visibility)) {
      throw new NotFoundException("Employee", id);
    }
    return e;
  }

  private Employee load(EmployeeId id) {
    return employees.find(id.value()).orElseThrow(() -> new NotFoundException("Employee", id));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
