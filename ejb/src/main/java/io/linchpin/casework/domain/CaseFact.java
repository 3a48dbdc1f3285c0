package io.linchpin.casework.domain;

import java.time.Instant;

/**
 * What the review of cases counts about one case, nothing sensitive: its kind, when it opened, was
 * due and closed, whether Legal was involved, how many of its steps missed their deadline and were
 * escalated, and the root cause it was closed with.
 */
public record CaseFact(
    long caseId,
    long employeeId,
    String orgUnitPath,
    CaseType type,
    Instant openedAt,
    Instant dueAt,
    Instant closedAt,
    boolean legalInvolved,
    long escalations,
    RootCause rootCause) {}
