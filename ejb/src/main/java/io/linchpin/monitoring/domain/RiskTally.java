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

/**
 * How many people a month's scan found with a risk score, in an org unit and role family, at a
 * criticality band: the risk overview is read from these rather than from every person's score.
 * Written again for a month each time a scan of it completes; nothing in it names anyone.
 */
@Entity
@Table(name = "monitoring_risk_tally")
public class RiskTally {

  /** Criticality (the impact of the score) in bands of twenty points: 0–19 is band 0, 80–100 4. */
  public static final int BAND_WIDTH = 20;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "monitoring_risk_tally_seq")
  @SequenceGenerator(
      name = "monitoring_risk_tally_seq",
      sequenceName = "monitoring_risk_tally_seq",
      allocationSize = 100)
  private Long id;

  @Column(name = "scan_month", nullable = false)
  private LocalDate month;

  @Column(name = "org_unit_id")
  private Long orgUnitId;

  @Column(name = "job_family", length = 100)
  private String jobFamily;

  @Column(name = "impact_band", nullable = false)
  private int impactBand;

  @Column(name = "risk_score", nullable = false)
  private int score;

  @Column(nullable = false)
  private int people;

  protected RiskTally() {}

  public RiskTally(
      YearMonth month, Long orgUnitId, String jobFamily, int impactBand, int score, int people) {
    this.month = month.atDay(1);
    this.orgUnitId = orgUnitId;
    this.jobFamily = jobFamily;
    this.impactBand = impactBand;
    this.score = score;
    this.people = people;
  }

  /** The band of a criticality (impact) of 0–100. */
  public static int band(int impact) {
    return Math.min(4, Math.max(0, impact) / BAND_WIDTH);
  }

  public YearMonth getMonth() {
    return YearMonth.from(month);
  }

  public Long getOrgUnitId() {
    return orgUnitId;
  }

  public String getJobFamily() {
    return jobFamily;
  }

  public int getImpactBand() {
    return impactBand;
  }

  public int getScore() {
    return score;
  }

  public int getPeople() {
    return people;
  }
}
