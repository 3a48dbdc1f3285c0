package io.linchpin.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A portal notice to an HR business partner that a scan raised an alert about a person in their
 * units. The message names the alert, its severity and its detector, never the evidence.
 */
@Entity
@Table(name = "monitoring_notice")
public class AlertNotice {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "monitoring_notice_seq")
  @SequenceGenerator(
      name = "monitoring_notice_seq",
      sequenceName = "monitoring_notice_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "alert_id", nullable = false)
  private long alertId;

  /** The employee record of the HR business partner told. */
  @Column(name = "partner_id", nullable = false)
  private long partnerId;

  @Column(nullable = false, length = 500)
  private String message;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected AlertNotice() {}

  public AlertNotice(long alertId, long partnerId, String message, Instant at) {
    this.alertId = alertId;
    this.partnerId = partnerId;
    this.message = message.length() > 500 ? message.substring(0, 500) : message;
    this.createdAt = at;
  }

  /** The notice's text for an alert. */
  public static String messageFor(Alert alert) {
    return "New "
        + alert.getSeverity()
        + " alert #"
        + alert.getId()
        + ": "
        + alert.getDetectorName();
  }

  public Long getId() {
    return id;
  }

  public long getAlertId() {
    return alertId;
  }

  public long getPartnerId() {
    return partnerId;
  }

  public String getMessage() {
    return message;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
