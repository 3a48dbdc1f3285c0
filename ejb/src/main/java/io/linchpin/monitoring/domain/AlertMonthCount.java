package io.linchpin.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * How many alerts of a detector were raised in a month about people of an org unit and role family
 * (as they were when the alert was counted), per status: the review reads these rather than every
 * alert. Each alert is counted in one of these ({@link Alert#getTallyId}) and moves from one status
 * column to another as it is triaged, dismissed or turned into a case; nothing in it names anyone.
 */
@Entity
@Table(name = "monitoring_alert_tally")
public class AlertMonthCount {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "monitoring_alert_tally_seq")
  @SequenceGenerator(
      name = "monitoring_alert_tally_seq",
      sequenceName = "monitoring_alert_tally_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "raised_month", nullable = false)
  private LocalDate month;

  @Column(name = "detector_key", nullable = false, length = 48)
  private String detectorKey;

  @Column(name = "org_unit_id")
  private Long orgUnitId;

  @Column(name = "job_family", length = 100)
  private String jobFamily;

  @Column(name = "new_alerts", nullable = false)
  private int open;

  @Column(nullable = false)
  private int triaged;

  @Column(name = "cases_opened", nullable = false)
  private int casesOpened;

  @Column(nullable = false)
  private int dismissed;

  protected AlertMonthCount() {}

  public AlertMonthCount(YearMonth month, String detectorKey, Long orgUnitId, String jobFamily) {
    this.month = month.atDay(1);
    this.detectorKey = Objects.requireNonNull(detectorKey);
    this.orgUnitId = orgUnitId;
    this.jobFamily = jobFamily;
  }

  /** The name of the column counting a status, for updates in place. */
  public static String field(AlertStatus status) {
    return switch (status) {
      case NEW -> "open";
      case TRIAGED -> "triaged";
      case CASE_OPENED -> "casesOpened";
      case DISMISSED -> "dismissed";
    };
  }

  public Long getId() {
    return id;
  }

  public YearMonth getMonth() {
    return YearMonth.from(month);
  }

  public String getDetectorKey() {
    return detectorKey;
  }

  public Long getOrgUnitId() {
    return orgUnitId;
  }

  public String getJobFamily() {
    return jobFamily;
  }

  public int count(AlertStatus status) {
    return switch (status) {
      case NEW -> open;
      case TRIAGED -> triaged;
      case CASE_OPENED -> casesOpened;
      case DISMISSED -> dismissed;
    };
  }
}
