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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One month's value of one signal of a person (overtime hours, trip days, expense claims…). A month
 * has one value per series; recording it again replaces it. Operational figures, not sensitive
 * data: kept in clear so that scans can aggregate them in the database.
 */
@Entity
@Table(name = "signal_value")
public class SignalValue {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "signal_value_seq")
  @SequenceGenerator(
      name = "signal_value_seq",
      sequenceName = "signal_value_seq",
      allocationSize = 100)
  private Long id;

  @Column(name = "employee_id", nullable = false)
  private long employeeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private SignalSeries series;

  /** The first day of the month. */
  @Column(name = "period_start", nullable = false)
  private LocalDate period;

  @Column(name = "signal_value", nullable = false, precision = 14, scale = 2)
  private BigDecimal value;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  protected SignalValue() {}

  public SignalValue(
      long employeeId,
      SignalSeries series,
      YearMonth month,
      BigDecimal value,
      Instant at,
      String by) {
    this.employeeId = employeeId;
    this.series = Objects.requireNonNull(series);
    this.period = month.atDay(1);
    this.value = Objects.requireNonNull(value);
    this.recordedAt = at;
    this.recordedBy = by;
  }

  /** A new value for the month; returns whether it differs from the one kept. */
  public boolean replace(BigDecimal newValue, Instant at, String by) {
    if (value.compareTo(newValue) == 0) {
      return false;
    }
    value = newValue;
    recordedAt = at;
    recordedBy = by;
    return true;
  }

  public Long getId() {
    return id;
  }

  public long getEmployeeId() {
    return employeeId;
  }

  public SignalSeries getSeries() {
    return series;
  }

  public YearMonth getMonth() {
    return YearMonth.from(period);
  }

  public BigDecimal getValue() {
    return value;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
