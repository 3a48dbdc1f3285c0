package io.linchpin.people.infrastructure.imports;

import io.linchpin.people.domain.PersonalData;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A valid, normalised row of an employee file, ready to be written. */
public record EmployeeRecord(
    int line,
    String employeeNumber,
    PersonalData personalData,
    String orgUnitPath,
    String position,
    LocalDate hireDate,
    BigDecimal baseSalary,
    String managerNumber) {}
