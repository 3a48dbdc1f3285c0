package io.linchpin.audit.application;

import java.time.Instant;
import java.util.List;

/** One audit entry as auditors see it. */
public record AuditEntryView(
    long seq,
    Instant occurredAt,
    String actor,
    List<String> roles,
    String operation,
    String objectType,
    String objectId,
    List<String> fields,
    String purpose,
    String outcome,
    String hash) {}
