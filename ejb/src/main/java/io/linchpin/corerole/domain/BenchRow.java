package io.linchpin.corerole.domain;

import java.math.BigDecimal;

/**
 * A core employee (current assessment) as the review lists them: where they work, their
 * criticality.
 */
public record BenchRow(
    long employeeId,
    String employeeNumber,
    String fullName,
    String orgUnit,
    String position,
    String jobFamily,
    BigDecimal criticality) {}
