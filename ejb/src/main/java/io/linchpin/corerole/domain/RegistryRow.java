package io.linchpin.corerole.domain;

/**
 * A current assessment with the person as the registry lists them: where they work now and in which
 * position.
 */
public record RegistryRow(
    Assessment assessment,
    String employeeNumber,
    String fullName,
    Long orgUnitId,
    String orgUnitName,
    String orgUnitPath,
    String positionTitle) {}
