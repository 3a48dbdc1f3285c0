package io.linchpin.people.application;

import io.linchpin.people.domain.EmployeeStatus;
import io.linchpin.people.domain.LifecycleEventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One entry of an employee's timeline: the change and the terms it put in force. */
public record EmploymentEventView(
    long id,
    LifecycleEventType type,
    LocalDate effectiveDate,
    Ref orgUnit,
    Ref position,
    Ref manager,
    BigDecimal baseSalary,
    EmployeeStatus status,
    String reason,
    Instant recordedAt,
    String recordedBy,
    boolean inEffect) {}
