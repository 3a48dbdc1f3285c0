package io.linchpin.people.application;

import io.linchpin.people.domain.EmployeeStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One employee as of a date (today unless asked otherwise), with personal data. An erased person
 * has no sensitive or contact data left.
 */
public record EmployeeDetails(
    long id,
    String employeeNumber,
    String fullName,
    String email,
    String phone,
    String nationalId,
    String bankAccount,
    BigDecimal baseSalary,
    LocalDate hireDate,
    EmployeeStatus status,
    Ref orgUnit,
    Ref position,
    Ref manager,
    LocalDate asOf,
    boolean erased,
    boolean legalHold) {}
