package io.linchpin.people.application;

import io.linchpin.people.domain.LifecycleEventType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Records a change in employment from a date. Fields left empty keep their value; a transfer names
 * the new org unit, a promotion the new position, a salary change the new salary.
 */
public record RecordLifecycleEvent(
    @NotNull LifecycleEventType type,
    @NotNull LocalDate effectiveDate,
    Long orgUnitId,
    Long positionId,
    Long managerId,
    BigDecimal baseSalary,
    @Size(max = 500) String reason) {}
