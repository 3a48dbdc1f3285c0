package io.linchpin.people.domain;

/**
 * A filtered, sorted page request over employees. {@code orgUnitPath} matches the unit and its
 * whole subtree.
 */
public record EmployeeCriteria(
    String text,
    String orgUnitPath,
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
