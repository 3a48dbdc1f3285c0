package io.linchpin.monitoring.domain;

import io.linchpin.shared.ConflictException;
import io.linchpin.shared.FieldSealer;
import io.linchpin.shared.Sealable;
import io.linchpin.shared.SealedText;
import io.linchpin.shared.SealingListener;
import io.linchpin.shared.Sensitive;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What a detector raised about a person for a window of months, with its evidence (sealed with the
 * person's key: it holds their figures and records), the detector version, and its lifecycle. The
 * same detector, person and window raise one alert: a later scan merges into it.
 */
@Entity
@Table(name = "monitoring_alert")
@EntityListeners(SealingListener.class)
public class Alert implements Sealable {

  static final String TABLE = "monitoring_alert";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "monitoring_alert_seq")
  @SequenceGenerator(
      name = "monitoring_alert_seq",
      sequenceName = "monitoring_alert_seq",
      allocationSize = 20)
  private Long id;

  @Version private int version;

  @Column(name = "row_uid", nullable = false, length = 36, unique = true)
  private String uid;

  @Column(name = "employee_id", nullable = false)
  private long employeeId;

  @Column(name = "data_subject", nullable = false, length = 64)
  private String subject;

  @Column(name = "detector_key", nullable = false, length = 48)
  private String detectorKey;

  @Column(name = "detector_version", nullable = false)
  private int detectorVersion;

  @Column(name = "detector_name", nullable = false, length = 200)
  private String detectorName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Severity severity;

  @Column(name = "window_from", nullable = false)
  private LocalDate windowFrom;

  @Column(name = "window_to", nullable = false)
  private LocalDate windowTo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private AlertStatus status;

  /** How many scans raised it. */
  @Column(name = "times_raised", nullable = false)
  private int timesRaised;

  @Column(name = "raised_at", nullable = false)
  private Instant raisedAt;

  @Column(name = "last_raised_at", nullable = false)
  private Instant lastRaisedAt;

  @Column(name = "updated_by", length = 100)
  private String updatedBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "dismiss_reason", length = 500)
  private String dismissReason;

  @Column(name = "case_id")
  private Long caseId;

  /** The count of alerts this one is in ({@link AlertMonthCount}); none until counted. */
  @Column(name = "tally_id")
  private Long tallyId;

  @Sensitive("the person's figures and records that raised the alert")
  @Transient
  private final SealedText evidence = new SealedText();

  @Column(name = "evidence")
  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  private String evidenceSealed;

  protected Alert() {}

  public Alert(
      String uid,
      long employeeId,
      String subject,
      DetectorVersion detector,
      YearMonth from,
      YearMonth to,
      String evidence,
      Instant at) {
    this.uid = Objects.requireNonNull(uid);
    this.employeeId = employeeId;
    this.subject = Objects.requireNonNull(subject);
    this.detectorKey = detector.getKey();
    this.detectorVersion = detector.getVersionNo();
    this.detectorName = detector.getName();
    this.severity = detector.getSeverity();
    this.windowFrom = from.atDay(1);
    this.windowTo = to.atDay(1);
    this.evidence.set(Objects.requireNonNull(evidence));
    this.status = AlertStatus.NEW;
    this.timesRaised = 1;
    this.raisedAt = at;
    this.lastRaisedAt = at;
  }

  /** A later scan raised the same alert: the newest evidence and detector version are kept. */
  public void raisedAgain(DetectorVersion detector, String newEvidence, Instant at) {
    String before = evidence();
    timesRaised++;
    lastRaisedAt = at;
    detectorVersion = detector.getVersionNo();
    detectorName = detector.getName();
    severity = detector.getSeverity();
    if (!Objects.equals(before, newEvidence)) {
      evidence.set(newEvidence);
      evidenceSealed = null;
    }
  }

  public void triage(String by, Instant at) {
    require(AlertStatus.NEW, "triaged");
    status = AlertStatus.TRIAGED;
    touched(by, at);
  }

  public void dismiss(String reason, String by, Instant at) {
    if (status != AlertStatus.NEW && status != AlertStatus.TRIAGED) {
      throw new ConflictException(
          "status", "the alert is " + status + "; it can no longer be dismissed");
    }
    status = AlertStatus.DISMISSED;
    dismissReason = reason;
    touched(by, at);
  }

  public void caseOpened(long caseId, String by, Instant at) {
    if (status != AlertStatus.NEW && status != AlertStatus.TRIAGED) {
      throw new ConflictException(
          "status", "the alert is " + status + "; no case can be opened from it");
    }
    status = AlertStatus.CASE_OPENED;
    this.caseId = caseId;
    touched(by, at);
  }

  private void require(AlertStatus expected, String what) {
    if (status != expected) {
      throw new ConflictException(
          "status", "the alert is " + status + "; only a new one can be " + what);
    }
  }

  private void touched(String by, Instant at) {
    updatedBy = by;
    updatedAt = at;
  }

  @Override
  public void seal(FieldSealer fieldSealer) {
    evidenceSealed = evidence.seal(fieldSealer, subject, TABLE, "evidence", uid, evidenceSealed);
  }

  @Override
  public void loaded(FieldSealer fieldSealer) {
    evidence.loaded(fieldSealer);
  }

  /** The evidence as JSON, opened; null once the person is erased. Callers audit the read. */
  public String evidence() {
    return evidence.get(subject, TABLE, "evidence", uid, evidenceSealed);
  }

  public Long getId() {
    return id;
  }

  public long getEmployeeId() {
    return employeeId;
  }

  public String getDetectorKey() {
    return detectorKey;
  }

  public int getDetectorVersion() {
    return detectorVersion;
  }

  public String getDetectorName() {
    return detectorName;
  }

  public Severity getSeverity() {
    return severity;
  }

  public YearMonth getWindowFrom() {
    return YearMonth.from(windowFrom);
  }

  public YearMonth getWindowTo() {
    return YearMonth.from(windowTo);
  }

  public AlertStatus getStatus() {
    return status;
  }

  public int getTimesRaised() {
    return timesRaised;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }

  public Instant getLastRaisedAt() {
    return lastRaisedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getDismissReason() {
    return dismissReason;
  }

  public Long getTallyId() {
    return tallyId;
  }

  public Long getCaseId() {
    return caseId;
  }
}
