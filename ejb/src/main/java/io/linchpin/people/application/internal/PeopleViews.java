package io.linchpin.people.application.internal;

import io.linchpin.people.application.EmployeeDetails;
import io.linchpin.people.application.EmployeeSummary;
import io.linchpin.people.application.EmploymentEventView;
import io.linchpin.people.application.OrgUnitView;
import io.linchpin.people.application.PositionView;
import io.linchpin.people.application.Ref;
import io.linchpin.people.domain.Employee;
import io.linchpin.people.domain.EmploymentEvent;
import io.linchpin.people.domain.EmploymentTerms;
import io.linchpin.people.domain.OrgUnit;
import io.linchpin.people.domain.Position;
import java.time.LocalDate;

/** Turns entities into the views the interfaces see; entities never leave the service layer. */
final class PeopleViews {

  private PeopleViews() {}

  static EmployeeSummary summary(Employee e) {
    return new EmployeeSummary(
        e.getId(),
        e.getEmployeeNumber(),
        e.getFullName(),
        ref(e.getOrgUnit()),
        ref(e.getPosition()),
        e.getStatus(),
        e.getHireDate());
  }

  static EmployeeDetails details(Employee e, EmploymentTerms terms, LocalDate asOf) {
    return details(e, terms, asOf, true);
  }

  /**
   * The record without salary, national ID and bank account; nothing sealed is opened. {@code
   * terms} may come without the salary (it is not read).
   */
  static EmployeeDetails detailsWithoutSensitive(
      Employee e, EmploymentTerms terms, LocalDate asOf) {
    return details(e, terms, asOf, false);
  }

  private static EmployeeDetails details(
      Employee e, EmploymentTerms terms, LocalDate asOf, boolean sensitive) {
    return new EmployeeDetails(
        e.getId(),
        e.getEmployeeNumber(),
        e.getFullName(),
        e.getEmail(),
        e.getPhone(),
        sensitive ? e.getNationalId() : null,
        sensitive ? e.getBankAccount() : null,
        sensitive ? terms.baseSalary() : null,
        e.getHireDate(),
        terms.status(),
        ref(terms.orgUnit()),
        ref(terms.position()),
        ref(terms.manager()),
        asOf,
        e.isErased(),
        e.isUnderLegalHold());
  }

  static EmploymentEventView event(EmploymentEvent v, boolean inEffect) {
    return new EmploymentEventView(
        v.getId(),
        v.getType(),
        v.getEffectiveDate(),
        ref(v.getOrgUnit()),
        ref(v.getPosition()),
        ref(v.getManager()),
        v.getBaseSalary(),
        v.getStatus(),
        v.getReason(),
        v.getRecordedAt(),
        v.getRecordedBy(),
        inEffect);
  }

  static OrgUnitView orgUnit(OrgUnit u) {
    return new OrgUnitView(
        u.getId(),
        u.getCode(),
        u.getName(),
        u.getPath(),
        u.getParent() == null ? null : u.getParent().getId());
  }

  static PositionView position(Position p) {
    return new PositionView(p.getId(), p.getCode(), p.getTitle(), p.getJobFamily());
  }

  static Ref ref(OrgUnit u) {
    return u == null ? null : new Ref(u.getId(), u.getPath());
  }

  static Ref ref(Position p) {
    return p == null ? null : new Ref(p.getId(), p.getTitle());
  }

  static Ref ref(Employee e) {
    return e == null ? null : new Ref(e.getId(), e.getFullName());
  }
}
