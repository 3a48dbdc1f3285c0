package io.linchpin.people.application;

import io.linchpin.people.domain.EmployeeStatus;
import java.time.LocalDate;

/** A row of the employee list; carries no sensitive field. */
public record EmployeeSummary(
    long id,
    String employeeNumber,
    String fullName,
    Ref orgUnit,
    Ref position,
    EmployeeStatus status,
    LocalDate hireDate) {}
