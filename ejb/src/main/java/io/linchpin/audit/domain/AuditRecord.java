package io.linchpin.audit.domain;

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
}
