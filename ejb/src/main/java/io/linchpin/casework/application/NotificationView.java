package io.linchpin.casework.application;

import java.time.Instant;

/** A portal notification about a case. */
public record NotificationView(
    long id, long caseId, String kind, String message, Instant createdAt) {}
