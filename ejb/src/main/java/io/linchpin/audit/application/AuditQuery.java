package io.linchpin.audit.application;

import io.linchpin.shared.AuditOperation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;

/** Search of the log: by actor, object, operation and time; newest first. */
public record AuditQuery(
    String actor,
    String objectType,
    String objectId,
    AuditOperation operation,
    Instant from,
    Instant to,
    @Min(0) int page,
    @Min(1) @Max(500) int size) {}
