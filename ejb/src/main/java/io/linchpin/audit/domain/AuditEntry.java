package io.linchpin.audit.domain;

import io.linchpin.shared.AuditOperation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One entry of the audit log. Never changed once written; its hash chains it to the previous. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  @Id private Long seq;

  /** Microseconds since the epoch, UTC: no time zone can change what was hashed. */
  @Column(name = "occurred_at", nullable = false)
  private long occurredAtMicros;

  @Column(nullable = false, length = 200)
  private String actor;

  @Column(length = 200)
  private String roles;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private AuditOperation operation;

  @Column(name = "object_type", length = 64)
  private String objectType;

  @Column(name = "object_id", length = 200)
  private String objectId;

  @Column(length = 500)
  private String fields;

  @Column(length = 200)
  private String purpose;

  @Column(nullable = false, length = 16)
  private String outcome;

  @Column(name = "prev_hash", nullable = false, length = 64)
  private String previousHash;

  @Column(nullable = false, length = 64)
  private String hash;

  protected AuditEntry() {}

  public AuditEntry(long seq, String previousHash, AuditRecord r) {
    this.seq = seq;
    this.occurredAtMicros = ChronoUnit.MICROS.between(Instant.EPOCH, r.occurredAt());
    this.actor = r.actor();
    this.roles = String.join(",", r.roles());
    this.operation = r.operation();
    this.objectType = r.objectType();
    this.objectId = r.objectId();
    this.fields = String.join(",", r.fields());
    this.purpose = r.purpose();
    this.outcome = r.outcome();
    this.previousHash = previousHash;
    this.hash = HashChain.hash(seq, previousHash, r);
  }

  /** The content as stored, for verification. */
  public AuditRecord record() {
    return AuditRecord.stored(
        occurredAtMicros,
        actor,
        roles,
        operation.name(),
        objectType,
        objectId,
        fields,
        purpose,
        outcome);
  }

  public long getSeq() {
    return seq;
  }

  public String getPreviousHash() {
    return previousHash;
  }

  public String getHash() {
    return hash;
  }
}
