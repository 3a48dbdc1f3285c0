package io.linchpin.screening.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file a source dropped into the inbox, and what became of it: refused whole when any row is
 * malformed (the report names each problem by line and column, never a value), otherwise each row
 * matched to a person and kept only under that person's valid consent. The file itself is deleted
 * once read.
 */
@Entity
@Table(name = "screening_drop")
public class DropRun {

  /** How a file ended. */
  public enum Status {
    /** Read; rows kept where a person and a consent allowed it. */
    DONE,
    /** Malformed; nothing kept. */
    REJECTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "screening_drop_seq")
  @SequenceGenerator(
      name = "screening_drop_seq",
      sequenceName = "screening_drop_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "file_name", nullable = false, length = 255)
  private String fileName;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status;

  @Column(name = "row_count", nullable = false)
  private int rows;

  /** Rows naming a person Linchpin knows. */
  @Column(name = "matched_count", nullable = false)
  private int matched;

  /** Records newly kept. */
  @Column(name = "kept_count", nullable = false)
  private int kept;

  /** Rows of people without a valid consent for the row's category: not kept. */
  @Column(name = "no_consent", nullable = false)
  private int withoutConsent;

  /** Rows naming no known (or an erased) person: not kept. */
  @Column(name = "unknown_count", nullable = false)
  private int unknown;

  @Column(length = 4000)
  private String report;

  protected DropRun() {}

  public DropRun(
      String fileName,
      Instant receivedAt,
      Status status,
      int rows,
      int matched,
      int kept,
      int withoutConsent,
      int unknown,
      String report) {
    this.fileName = fileName;
    this.receivedAt = receivedAt;
    this.status = status;
    this.rows = rows;
    this.matched = matched;
    this.kept = kept;
    this.withoutConsent = withoutConsent;
    this.unknown = unknown;
    this.report =
        report == null || report.length() <= 4000 ? report : report.substring(0, 3990) + "\n…";
  }

  public Long getId() {
    return id;
  }

  public String getFileName() {
    return fileName;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Status getStatus() {
    return status;
  }

  public int getRows() {
    return rows;
  }

  public int getMatched() {
    return matched;
  }

  public int getKept() {
    return kept;
  }

  public int getWithoutConsent() {
    return withoutConsent;
  }

  public int getUnknown() {
    return unknown;
  }

  public String getReport() {
    return report;
  }
}
