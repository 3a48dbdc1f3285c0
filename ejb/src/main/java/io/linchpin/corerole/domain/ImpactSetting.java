package io.linchpin.corerole.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The departure-impact parameters HR admins set, as JSON; none stored: the shipped defaults. */
@Entity
@Table(name = "impact_setting")
public class ImpactSetting {

  public static final String PARAMETERS = "parameters";

  @Id
  @Column(length = 40)
  private String name;

  @Column(name = "setting_value", nullable = false)
  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  private String value;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  protected ImpactSetting() {}

  public ImpactSetting(String name, String value, Instant at, String by) {
    this.name = name;
    change(value, at, by);
  }

  public void change(String value, Instant at, String by) {
    this.value = value;
    this.updatedAt = at;
    this.updatedBy = by;
  }

  public String getValue() {
    return value;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
