package io.linchpin.people.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** The effective-dated part of an employee record: where they sit, what they hold and earn. */
public record EmploymentTerms(
    OrgUnit orgUnit,
    Position position,
    Employee manager,
    BigDecimal baseSalary,
    EmployeeStatus status) {

  public EmploymentTerms withOrgUnit(OrgUnit value) {
    return new EmploymentTerms(value, position, manager, baseSalary, status);
  }

  public EmploymentTerms withPosition(Position value) {
    return new EmploymentTerms(orgUnit, value, manager, baseSalary, status);
  }

  public EmploymentTerms withManager(Employee value) {
    return new EmploymentTerms(orgUnit, position, value, baseSalary, status);
  }

  public EmploymentTerms withBaseSalary(BigDecimal value) {
    return new EmploymentTerms(orgUnit, position, manager, value, status);
  }

  public EmploymentTerms withStatus(EmployeeStatus value) {
    return new EmploymentTerms(orgUnit, position, manager, baseSalary, value);
  }

  /** Whether both terms put the person in the same place on the same pay. */
  public boolean sameAs(EmploymentTerms other) {
    return same(orgUnit, other.orgUnit)
        && same(position, other.position)
        && same(manager, other.manager)
        && (baseSalary == null
            ? other.baseSalary == null
            : other.baseSalary != null && baseSalary.compareTo(other.baseSalary) == 0)
        && status == other.status;
  }

  /**
   * The kind of change that leads from {@code before} to these terms: a move (unit or manager) is a
   * transfer; else a new position a promotion; else a salary change.
   */
  public LifecycleEventType changeFrom(EmploymentTerms before) {
    if (!same(before.orgUnit, orgUnit) || !same(before.manager, manager)) {
      return LifecycleEventType.TRANSFER;
    }
    if (!same(before.position, position)) {
      return LifecycleEventType.PROMOTION;
    }
    return LifecycleEventType.SALARY_CHANGE;
  }

  /** Whether two references name the same org unit, position or employee (by id). */
  public static boolean same(Object a, Object b) {
    return a == b || (a != null && b != null && Objects.equals(idOf(a), idOf(b)));
  }

  private static Long idOf(Object entity) {
    if (entity instanceof OrgUnit unit) {
      return unit.getId();
    }
    if (entity instanceof Position position) {
      return position.getId();
    }
    return ((Employee) entity).getId();
  }
}
