package io.linchpin.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A casework policy value set by HR admins, such as the largest relief loan. */
@Entity
@Table(name = "case_policy")
public class CasePolicy {

  /** The largest emergency relief loan, in yuan (default 50,000). */
  public static final String RELIEF_LOAN_MAX = "reliefLoanMax";

  @Id
  @Column(length = 64)
  private String name;

  @Column(name = "policy_value", nullable = false, length = 255)
  private String value;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  protected CasePolicy() {}

  public BigDecimal decimal() {
    return new BigDecimal(value);
  }

  public void change(String value, Instant at, String by) {
    this.value = value;
    this.updatedAt = at;
    this.updatedBy = by;
  }

  public String getName() {
    return name;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
