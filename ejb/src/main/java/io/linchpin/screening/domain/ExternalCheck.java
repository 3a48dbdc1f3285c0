package io.linchpin.screening.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One attempt to look a person up in an external source: who asked, under which consent, with what
 * outcome. Refused and failed attempts are kept too.
 */
@Entity
@Table(name = "screening_check")
public class ExternalCheck {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "screening_check_seq")
  @SequenceGenerator(
      name = "screening_check_seq",
      sequenceName = "screening_check_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "employee_id", nullable = false)
  private long employeeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private DataCategory category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CheckPurpose purpose;

  @Column(length = 48)
  private String provider;

  @Column(name = "consent_id")
  private Long consentId;

  @Column(name = "requested_by", nullable = false, length = 100)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CheckOutcome outcome;

  @Column(name = "records_found", nullable = false)
  private int found;

  @Column(name = "records_new", nullable = false)
  private int added;

  @Column(length = 500)
  private String message;

  protected ExternalCheck() {}

  public ExternalCheck(
      long employeeId,
      DataCategory category,
      CheckPurpose purpose,
      String provider,
      Long consentId,
      String requestedBy,
      Instant requestedAt,
      CheckOutcome outcome,
      int found,
      int added,
      String message) {
    this.employeeId = employeeId;
    this.category = category;
    this.purpose = purpose;
    this.provider = provider;
    this.consentId = consentId;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
    this.outcome = outcome;
    this.found = found;
    this.added = added;
    this.message = message == null || message.length() <= 500 ? message : message.substring(0, 500);
  }

  /** How many records the source returned, and how many of them were new. */
  public void counted(int returned, int newlyKept) {
    this.found = returned;
    this.added = newlyKept;
  }

  public Long getId() {
    return id;
  }

  public long getEmployeeId() {
    return employeeId;
  }

  public DataCategory getCategory() {
    return category;
  }

  public CheckPurpose getPurpose() {
    return purpose;
  }

  public String getProvider() {
    return provider;
  }

  public Long getConsentId() {
    return consentId;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public CheckOutcome getOutcome() {
    return outcome;
  }

  public int getFound() {
    return found;
  }

  public int getAdded() {
    return added;
  }

  public String getMessage() {
    return message;
  }
}
