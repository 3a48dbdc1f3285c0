package io.linchpin.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A portal notification about a case, to one person or to everyone holding a role. The message
 * names the case and the step only, never anything sensitive, so it may be shown anywhere.
 */
@Entity
@Table(name = "case_notification")
public class CaseNotification {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_notification_seq")
  @SequenceGenerator(
      name = "case_notification_seq",
      sequenceName = "case_notification_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "case_id", nullable = false)
  private long caseId;

  @Column(length = 255)
  private String recipient;

  @Column(name = "recipient_role", length = 32)
  private String recipientRole;

  @Column(nullable = false, length = 32)
  private String kind;

  @Column(nullable = false, length = 500)
  private String message;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected CaseNotification() {}

  private CaseNotification(
      long caseId,
      String recipient,
      String recipientRole,
      CaseEventKind kind,
      String message,
      Instant at) {
    this.caseId = caseId;
    this.recipient = recipient;
    this.recipientRole = recipientRole;
    this.kind = kind.name();
    this.message = message.length() > 500 ? message.substring(0, 500) : message;
    this.createdAt = at;
  }

  /** To one account, by its key (its lasting id, never a user name). */
  public static CaseNotification toPerson(
      long caseId, String accountKey, CaseEventKind kind, String message, Instant at) {
    return new CaseNotification(caseId, accountKey, null, kind, message, at);
  }

  public static CaseNotification toRole(
      long caseId, String role, CaseEventKind kind, String message, Instant at) {
    return new CaseNotification(caseId, null, role, kind, message, at);
  }

  public Long getId() {
    return id;
  }

  public long getCaseId() {
    return caseId;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getRecipientRole() {
    return recipientRole;
  }

  public String getKind() {
    return kind;
  }

  public String getMessage() {
    return message;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
