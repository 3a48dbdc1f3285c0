package io.linchpin.audit.domain;

import io.linchpin.shared.AuditOperation;
import java.time.Instant;
import java.util.List;

/**
 * The content of one audit entry: who (actor and roles), when, what (operation, object, fields),
 * why (purpose) and the outcome. Never the sensitive values themselves.
 */
public record AuditRecord(
    Instant occurredAt,
    String actor,
    List<String> roles,
    AuditOperation operation,
    String objectType,
    String objectId,
    List<String> fields,
    String purpose,
    String outcome) {

  public AuditRecord {
    roles = roles == null ? List.of() : List.copyOf(roles);
    fields = fields == null ? List.of() : List.copyOf(fields);
  }

  /** The content as the {@code audit_entry} table stores it (lists comma-joined, time in µs). */
  public static AuditRecord stored(
      long occurredAtMicros,
      String actor,
      String roles,
      String operation,
      String objectType,
      String objectId,
      String fields,
      String purpose,
      String outcome) {
    return new AuditRecord(
        java.time.Instant.EPOCH.plus(occurredAtMicros, java.time.temporal.ChronoUnit.MICROS),
        actor,
        split(roles),
        AuditOperation.valueOf(operation),
        objectType,
        objectId,
        split(fields),
        purpose,
        outcome);
  }

  private static List<String> split(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
  }
}
