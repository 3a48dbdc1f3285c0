package io.linchpin.corerole.domain;

import java.math.BigDecimal;

/**
 * A core employee (current assessment) as the review lists them: where they work, their
 * criticality, and the readiness of their best successor candidate still employed (null: none).
 */
public record BenchRow(
    long employeeId,
    String employeeNumber,
    String fullName,
    String orgUnit,
    String position,
    String jobFamily,
    BigDecimal criticality,
    Readiness best) {}
