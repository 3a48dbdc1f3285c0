package io.linchpin.casework.application;

import java.time.Instant;

/** A row of the case list; carries nothing sensitive. */
public record CaseSummary(
    long id,
    String reference,
    String type,
    long employeeId,
    String employeeName,
    String severity,
    String status,
    boolean overdue,
    boolean legalInvolved,
    Instant openedAt,
    Instant dueAt,
    Instant closedAt) {}
