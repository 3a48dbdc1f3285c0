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
    return new EmployeeDetails(
        e.getId(),
        e.getEmployeeNumber(),
        e.getFullName(),
        e.getEmail(),
        e.getPhone(),
        e.getNationalId(),
        e.getBankAccount(),
        terms.baseSalary(),
        e.getHireDate(),
        terms.status(),
        ref(terms.orgUnit()),
        ref(terms.position()),
        ref(terms.manager()),
        asOf,
        e.isErased(),
        e.isUnderLegalHold());
  }

  /** The record without salary, national ID and bank account; nothing sealed is opened. */
  static EmployeeDetails detailsWithoutSensitive(
      Employee e, EmploymentTerms terms, LocalDate asOf) {
    return new EmployeeDetails(
        e.getId(),
        e.getEmployeeNumber(),
        e.getFullName(),
        e.getEmail(),
        e.getPhone(),
        null,
        null,
        null,
        e.getHireDate(),
        terms.status(),
        ref(terms.orgUnit()),
        ref(terms.position()),
        ref(terms.manager()),
        asOf,
        e.isErased(),
        e.isUnderLegalHold());
  }

  /** The same record without salary, national ID and bank account. */
  static EmployeeDetails withoutSensitive(EmployeeDetails d) {
    return new EmployeeDetails(
        d.id(),
        d.employeeNumber(),
        d.fullName(),
        d.email(),
        d.phone(),
        null,
        null,
        null,
        d.hireDate(),
        d.status(),
        d.orgUnit(),
        d.position(),
        d.manager(),
        d.asOf(),
        d.erased(),
        d.legalHold());
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
