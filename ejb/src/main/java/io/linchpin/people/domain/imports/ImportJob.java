package io.linchpin.people.domain.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The progress of importing one uploaded file. The file itself is an {@link ImportFile}, kept so
 * that an import interrupted by a crash can be finished after a restart.
 */
@Entity
@Table(name = "import_job")
public class ImportJob {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_job_seq")
  @SequenceGenerator(name = "import_job_seq", sequenceName = "import_job_seq", allocationSize = 1)
  private Long id;

  @Column(nullable = false, length = 32)
  private String kind;

  @Column(name = "file_name", nullable = false, length = 255)
  private String fileName;

  @Column(name = "mapping_name", length = 100)
  private String mappingName;

  /** What a file of module records fills: "module/collection"; null for other kinds. */
  @Column(length = 200)
  private String target;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ImportStatus status;

  @Column(name = "total_rows", nullable = false)
  private int totalRows;

  @Column(name = "processed_rows", nullable = false)
  private int processedRows;

  @Column(name = "created_count", nullable = false)
  private int created;

  @Column(name = "updated_count", nullable = false)
  private int updated;

  @Column(name = "unchanged_count", nullable = false)
  private int unchanged;

  @Column(name = "error_count", nullable = false)
  private int errorCount;

  @Column(length = 1000)
  private String message;

  @Column(name = "submitted_by", nullable = false, length = 100)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "pending_links", nullable = false)
  private int pendingLinks;

  @Version private int version;

  protected ImportJob() {}

  public ImportJob(
      String kind,
      String fileName,
      String mappingName,
      String target,
      String submittedBy,
      Instant submittedAt) {
    this.kind = kind;
    this.fileName = fileName;
    this.mappingName = mappingName;
    this.target = target;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
    this.status = ImportStatus.QUEUED;
  }

  public void validating() {
    status = ImportStatus.VALIDATING;
    attempts++;
    processedRows = 0;
    created = 0;
    updated = 0;
    unchanged = 0;
    errorCount = 0;
    pendingLinks = 0;
  }

  public void rejected(int rows, int errors, String why, Instant at) {
    status = ImportStatus.REJECTED;
    totalRows = rows;
    errorCount = errors;
    message = why;
    finishedAt = at;
  }

  public void importing(int rows) {
    status = ImportStatus.IMPORTING;
    totalRows = rows;
  }

  /** Counts a written chunk; runs in the chunk's transaction, so counts match the data. */
  public void progressed(int rows, int newlyCreated, int changed, int same) {
    processedRows += rows;
    created += newlyCreated;
    updated += changed;
    unchanged += same;
  }

  /** Rows whose manager appears later in the file; the linking step takes care of them. */
  public void managerLinksPending(int rows) {
    pendingLinks += rows;
  }

  public int getPendingLinks() {
    return pendingLinks;
  }

  public void completed(Instant at) {
    status = ImportStatus.COMPLETED;
    finishedAt = at;
  }

  public void failed(String why, Instant at) {
    status = ImportStatus.FAILED;
    message = why;
    finishedAt = at;
  }

  /** Starts over after an interruption: rows written so far are upserted again, not duplicated. */
  public void resumed() {
    status = ImportStatus.QUEUED;
    message = null;
    finishedAt = null;
  }

  public Long getId() {
    return id;
  }

  public String getKind() {
    return kind;
  }

  public String getFileName() {
    return fileName;
  }

  public String getTarget() {
    return target;
  }

  public String getMappingName() {
    return mappingName;
  }

  public ImportStatus getStatus() {
    return status;
  }

  public int getTotalRows() {
    return totalRows;
  }

  public int getProcessedRows() {
    return processedRows;
  }

  public int getCreated() {
    return created;
  }

  public int getUpdated() {
    return updated;
  }

  public int getUnchanged() {
    return unchanged;
  }

  public int getErrorCount() {
    return errorCount;
  }

  public String getMessage() {
    return message;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public int getAttempts() {
    return attempts;
  }
}
