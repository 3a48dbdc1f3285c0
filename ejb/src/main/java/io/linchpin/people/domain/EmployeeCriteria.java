package io.linchpin.people.domain;

import io.linchpin.shared.Visibility;

/**
 * A filtered, sorted page request over employees. {@code orgUnitPath} matches the unit and its
 * whole subtree; {@code nationalIdIndex} is the blind index of a national ID number; {@code
 * visibility} limits the result to the people the caller may see.
 */
public record EmployeeCriteria(
    Visibility visibility,
    String text,
    String orgUnitPath,
    String nationalIdIndex,
    Long positionId,
    EmployeeStatus status,
    SortField sort,
    boolean descending,
    int page,
    int size) {

  /** The fields a list may be sorted by. */
  public enum SortField {
    EMPLOYEE_NUMBER("employeeNumber"),
    FULL_NAME("fullName"),
    HIRE_DATE("hireDate"),
    STATUS("status");

    private final String property;

    SortField(String property) {
      this.property = property;
    }

    public String property() {
      return property;
    }
  }
}
