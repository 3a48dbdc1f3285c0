package io.linchpin.shared;

/** Identity of an employee record, used across context boundaries instead of a bare number. */
public record EmployeeId(long value) {

  public static EmployeeId of(long value) {
    return new EmployeeId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
