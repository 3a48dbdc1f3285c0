package io.linchpin.people.application;

import io.linchpin.people.domain.EmployeeCriteria.SortField;
import io.linchpin.people.domain.EmployeeStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A page of the employee list: free text on name and number, an exact national ID number, an org
 * subtree, position, status.
 */
public record EmployeeSearch(
    String text,
    String nationalId,
    Long orgUnitId,
    Long positionId,
    EmployeeStatus status,
    @NotNull SortField sort,
    boolean descending,
    @Min(0) int page,
    @Min(1) @Max(500) int size) {}
