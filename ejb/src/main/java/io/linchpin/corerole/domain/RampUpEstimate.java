package io.linchpin.corerole.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * How many months a replacement for this person would need to reach full speed, when HR knows
 * better than the default range (e.g. "6 months to replace").
 */
@Entity
@Table(name = "impact_estimate")
public class RampUpEstimate {

  @Id
  @Column(name = "employee_id")
  private long employeeId;

  @Column(name = "ramp_up_months", nullable = false)
  private int months;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  protected RampUpEstimate() {}

  public RampUpEstimate(long employeeId, int months, Instant at, String by) {
    this.employeeId = employeeId;
    change(months, at, by);
  }

  public void change(int months, Instant at, String by) {
    this.months = months;
    this.updatedAt = at;
    this.updatedBy = by;
  }

  public long getEmployeeId() {
    return employeeId;
  }

  public int getMonths() {
    return months;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
