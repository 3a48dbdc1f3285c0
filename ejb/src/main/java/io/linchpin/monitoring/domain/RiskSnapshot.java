package io.linchpin.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A person's risk score as the scans of a month found it: the points of the trend. A scan that
 * finds the same scores leaves it as it is, so {@code computedAt} is when the month's scores were
 * last found to change.
 */
@Entity
@Table(name = "monitoring_risk")
public class RiskSnapshot {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "monitoring_risk_seq")
  @SequenceGenerator(
      name = "monitoring_risk_seq",
      sequenceName = "monitoring_risk_seq",
      allocationSize = 100)
  private Long id;

  @Column(name = "employee_id", nullable = false)
  private long employeeId;

  @Column(name = "scan_month", nullable = false)
  private LocalDate month;

  @Column(nullable = false)
  private int likelihood;

  @Column(nullable = false)
  private int impact;

  @Column(name = "risk_score", nullable = false)
  private int score;

  @Column(name = "computed_at", nullable = false)
  private Instant computedAt;

  /** The three scores of a snapshot, without its explanation. */
  public record Scores(int likelihood, int impact, int score) {

    public boolean sameAs(RiskScore risk) {
      return likelihood == risk.likelihood() && impact == risk.impact() && score == risk.score();
    }
  }

  protected RiskSnapshot() {}

  public RiskSnapshot(long employeeId, YearMonth month, RiskScore risk, Instant at) {
    this.employeeId = employeeId;
    this.month = month.atDay(1);
    likelihood = risk.likelihood();
    impact = risk.impact();
    score = risk.score();
    computedAt = at;
  }

  public long getEmployeeId() {
    return employeeId;
  }

  public YearMonth getMonth() {
    return YearMonth.from(month);
  }

  public int getLikelihood() {
    return likelihood;
  }

  public int getImpact() {
    return impact;
  }

  public int getScore() {
    return score;
  }

  public Instant getComputedAt() {
    return computedAt;
  }
}
