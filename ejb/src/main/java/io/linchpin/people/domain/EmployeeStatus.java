package io.linchpin.people.domain;

/** Where an employee stands in their employment. */
public enum EmployeeStatus {
  ACTIVE,
  ON_LEAVE,
  TERMINATED
}
