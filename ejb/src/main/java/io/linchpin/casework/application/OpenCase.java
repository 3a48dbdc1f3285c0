package io.linchpin.casework.application;

/**
 * The intake of a case: what happened and to whom, in a few fields anyone in HR fills in within a
 * minute (e.g. "collection call received at reception"). {@code confidentiality} defaults to
 * NORMAL, {@code severity} to MEDIUM.
 */
public record OpenCase(
    String type, Long employeeId, String severity, String confidentiality, String summary) {}
