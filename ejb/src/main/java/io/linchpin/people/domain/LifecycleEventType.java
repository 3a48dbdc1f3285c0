package io.linchpin.people.domain;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of change an employee record goes through; each is recorded with an effective date. */
public enum LifecycleEventType {
  HIRE(EnumSet.noneOf(EmployeeStatus.class), EmployeeStatus.ACTIVE),
  TRANSFER(EnumSet.of(EmployeeStatus.ACTIVE, EmployeeStatus.ON_LEAVE), null),
  PROMOTION(EnumSet.of(EmployeeStatus.ACTIVE, EmployeeStatus.ON_LEAVE), null),
  SALARY_CHANGE(EnumSet.of(EmployeeStatus.ACTIVE, EmployeeStatus.ON_LEAVE), null),
  LEAVE(EnumSet.of(EmployeeStatus.ACTIVE), EmployeeStatus.ON_LEAVE),
  RETURN(EnumSet.of(EmployeeStatus.ON_LEAVE), EmployeeStatus.ACTIVE),
  TERMINATION(
      EnumSet.of(EmployeeStatus.ACTIVE, EmployeeStatus.ON_LEAVE), EmployeeStatus.TERMINATED),
  REHIRE(EnumSet.of(EmployeeStatus.TERMINATED), EmployeeStatus.ACTIVE);

  private final Set<EmployeeStatus> allowedFrom;
  private final EmployeeStatus resultingStatus;

  LifecycleEventType(Set<EmployeeStatus> allowedFrom, EmployeeStatus resultingStatus) {
    this.allowedFrom = allowedFrom;
    this.resultingStatus = resultingStatus;
  }

  /** Whether this change may follow a record in the given status. */
  public boolean allowedFrom(EmployeeStatus status) {
    return allowedFrom.contains(status);
  }

  /** The status after the change, or {@code null} when the change keeps the status. */
  public EmployeeStatus resultingStatus() {
    return resultingStatus;
  }
}
