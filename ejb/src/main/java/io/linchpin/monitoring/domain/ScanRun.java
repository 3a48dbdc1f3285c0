package io.linchpin.monitoring.domain;

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
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One scan of everyone with signals or external records (or, incremental, of those whose data
 * changed since an instant): the month it looked at, how far it got (the last person done,
 * committed with that person's alerts, so a scan stopped half-way resumes after them), and what it
 * raised.
 */
@Entity
@Table(name = "monitoring_scan")
public class ScanRun {

  /** Where a scan stands. */
  public enum Status {
    RUNNING,
    COMPLETED,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "monitoring_scan_seq")
  @SequenceGenerator(
      name = "monitoring_scan_seq",
      sequenceName = "monitoring_scan_seq",
      allocationSize = 1)
  private Long id;

  @Version private int version;

  @Column(name = "scan_month", nullable = false)
  private LocalDate month;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status;

  @Column(name = "requested_by", nullable = false, length = 100)
  private String requestedBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  /** The highest employee id done so far. */
  @Column(name = "last_employee_id", nullable = false)
  private long lastEmployeeId;

  @Column(name = "people_scanned", nullable = false)
  private int people;

  @Column(name = "alerts_new", nullable = false)
  private int raised;

  @Column(name = "alerts_merged", nullable = false)
  private int merged;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(length = 500)
  private String message;

  /**
   * Set on an incremental scan: only the people whose signals were recorded, or about whom external
   * records arrived, since then.
   */
  @Column(name = "changed_since")
  private Instant changedSince;

  protected ScanRun() {}

  /** A scan of the people whose data changed since the instant. */
  public static ScanRun incremental(
      YearMonth month, String requestedBy, Instant at, Instant changedSince) {
    ScanRun run = new ScanRun(month, requestedBy, at);
    run.changedSince = changedSince;
    return run;
  }

  public ScanRun(YearMonth month, String requestedBy, Instant at) {
    this.month = month.atDay(1);
    this.requestedBy = requestedBy;
    this.startedAt = at;
    this.status = Status.RUNNING;
    this.attempts = 1;
  }

  /** A chunk of people done, in the transaction that wrote their alerts. */
  public void progressed(long lastId, int scanned, int newAlerts, int mergedAlerts) {
    lastEmployeeId = Math.max(lastEmployeeId, lastId);
    people += scanned;
    raised += newAlerts;
    merged += mergedAlerts;
  }

  public void resumed() {
    status = Status.RUNNING;
    attempts++;
    message = null;
  }

  public void completed(Instant at) {
    status = Status.COMPLETED;
    finishedAt = at;
  }

  public void failed(String why, Instant at) {
    status = Status.FAILED;
    message = why == null || why.length() <= 500 ? why : why.substring(0, 500);
    finishedAt = at;
  }

  public Long getId() {
    return id;
  }

  public YearMonth getMonth() {
    return YearMonth.from(month);
  }

  public Status getStatus() {
    return status;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public long getLastEmployeeId() {
    return lastEmployeeId;
  }

  public int getPeople() {
    return people;
  }

  public int getRaised() {
    return raised;
  }

  public int getMerged() {
    return merged;
  }

  public int getAttempts() {
    return attempts;
  }

  public String getMessage() {
    return message;
  }

  public Instant getChangedSince() {
    return changedSince;
  }

  public boolean isIncremental() {
    return changedSince != null;
  }
}
