package io.linchpin.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * How long a playbook step (or, with step {@value #WHOLE_CASE}, a whole case) may take, and how
 * long before that deadline its owner is reminded. Set by HR admins; a case takes the values in
 * force when it opens.
 */
@Entity
@Table(name = "case_sla")
public class CaseSla {

  public static final String WHOLE_CASE = "CASE";

  @EmbeddedId private Key key;

  @Column(nullable = false, length = 32)
  private String sla;

  @Column(name = "remind_before", nullable = false, length = 32)
  private String remindBefore;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  protected CaseSla() {}

  public CaseSla(CaseType type, String step, Duration sla, Duration remindBefore) {
    this.key = new Key(type.name(), step);
    this.sla = sla.toString();
    this.remindBefore = remindBefore.toString();
  }

  public void change(Duration sla, Duration remindBefore, Instant at, String by) {
    this.sla = sla.toString();
    this.remindBefore = remindBefore.toString();
    this.updatedAt = at;
    this.updatedBy = by;
  }

  public String getStep() {
    return key.step;
  }

  public Duration sla() {
    return Duration.parse(sla);
  }

  public Duration remindBefore() {
    return Duration.parse(remindBefore);
  }

  /** When to remind: the given time before the deadline, but never before half of it has passed. */
  public Duration remindAfter() {
    Duration after = sla().minus(remindBefore());
    Duration half = sla().dividedBy(2);
    return after.compareTo(half) < 0 ? half : after;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  /** Case type and step. */
  @Embeddable
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "case_type", nullable = false, length = 32)
    private String caseType;

    @Column(nullable = false, length = 64)
    private String step;

    protected Key() {}

    public Key(String caseType, String step) {
      this.caseType = caseType;
      this.step = step;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.caseType.equals(caseType) && k.step.equals(step);
    }

    @Override
    public int hashCode() {
      return caseType.hashCode() * 31 + step.hashCode();
    }
  }
}
