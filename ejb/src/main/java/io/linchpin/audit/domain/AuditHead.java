package io.linchpin.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row naming the last entry, with a keyed checkpoint over it. Appending locks this row,
 * so entries are numbered without gaps in commit order, across a cluster too.
 */
@Entity
@Table(name = "audit_head")
public class AuditHead {

  public static final long ID = 1;

  @Id private Long id;

  @Column(name = "last_seq", nullable = false)
  private long lastSeq;

  @Column(name = "last_hash", nullable = false, length = 64)
  private String lastHash;

  @Column(name = "checkpoint", length = 64)
  private String checkpoint;

  protected AuditHead() {}

  public long getLastSeq() {
    return lastSeq;
  }

  public String getLastHash() {
    return lastHash;
  }

  public String getCheckpoint() {
    return checkpoint;
  }

  public void advance(long seq, String hash, String keyedCheckpoint) {
    this.lastSeq = seq;
    this.lastHash = hash;
    this.checkpoint = keyedCheckpoint;
  }
}
