package io.linchpin.screening.domain;

import io.linchpin.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A person's consent to one category of external data being looked at for one purpose, with the
 * necessity statement they were shown, its validity, and the evidence of how it was given. Kept for
 * good, also after withdrawal or expiry: the ledger shows what was allowed when.
 */
@Entity
@Table(name = "consent_record")
public class Consent {

  /** How long a consent lasts when HR does not say. */
  public static final int DEFAULT_VALIDITY_MONTHS = 12;

  /** The longest a consent may last. */
  public static final int MAX_VALIDITY_MONTHS = 36;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_record_seq")
  @SequenceGenerator(
      name = "consent_record_seq",
      sequenceName = "consent_record_seq",
      allocationSize = 1)
  private Long id;

  @Version private int version;

  @Column(name = "employee_id", nullable = false)
  private long employeeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private DataCategory category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CheckPurpose purpose;

  /** The necessity statement as the employee was shown it. */
  @Column(nullable = false, length = 4000)
  private String statement;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_until", nullable = false)
  private LocalDate validUntil;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ConsentStatus status;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "requested_by", nullable = false, length = 100)
  private String requestedBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private ConsentEvidence evidence;

  /** For e-consent: the issuer and subject of the account that answered. */
  @Column(name = "evidence_account", length = 400)
  private String evidenceAccount;

  /** For a signed form: the attachment of the person holding the scan. */
  @Column(name = "evidence_attachment", length = 36)
  private String evidenceAttachment;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "withdrawn_by", length = 100)
  private String withdrawnBy;

  @Column(name = "withdrawal_reason", length = 500)
  private String withdrawalReason;

  protected Consent() {}

  private Consent(
      long employeeId,
      DataCategory category,
      CheckPurpose purpose,
      String statement,
      LocalDate validFrom,
      LocalDate validUntil,
      String by,
      Instant at) {
    this.employeeId = employeeId;
    this.category = Objects.requireNonNull(category);
    this.purpose = Objects.requireNonNull(purpose);
    this.statement = Objects.requireNonNull(statement);
    this.validFrom = Objects.requireNonNull(validFrom);
    this.validUntil = Objects.requireNonNull(validUntil);
    this.requestedBy = by;
    this.requestedAt = at;
    this.status = ConsentStatus.REQUESTED;
  }

  /** HR asks the person; they answer in the portal. */
  public static Consent request(
      long employeeId,
      DataCategory category,
      CheckPurpose purpose,
      String statement,
      LocalDate validFrom,
      LocalDate validUntil,
      String by,
      Instant at) {
    return new Consent(employeeId, category, purpose, statement, validFrom, validUntil, by, at);
  }

  /** HR records a consent the person signed on paper; the scan is one of the person's files. */
  public static Consent signedForm(
      long employeeId,
      DataCategory category,
      CheckPurpose purpose,
      String statement,
      LocalDate validFrom,
      LocalDate validUntil,
      String attachmentId,
      String by,
      Instant at) {
    Consent c =
        new Consent(employeeId, category, purpose, statement, validFrom, validUntil, by, at);
    c.status = ConsentStatus.ACTIVE;
    c.answeredAt = at;
    c.evidence = ConsentEvidence.SIGNED_FORM;
    c.evidenceAttachment = Objects.requireNonNull(attachmentId);
    return c;
  }

  /** The person says yes in the portal, signed in as themselves. */
  public void give(String account, Instant at) {
    answer(account, at);
    status = ConsentStatus.ACTIVE;
  }

  /** The person says no. */
  public void refuse(String account, Instant at) {
    answer(account, at);
    status = ConsentStatus.REFUSED;
  }

  private void answer(String account, Instant at) {
    if (status != ConsentStatus.REQUESTED) {
      throw new ConflictException(
          "status", "the consent is " + status + ", not waiting for an answer");
    }
    answeredAt = at;
    evidence = ConsentEvidence.E_CONSENT;
    evidenceAccount = Objects.requireNonNull(account);
  }

  /** Taken back (by the person, or by HR on their written instruction). Final. */
  public void withdraw(String by, String reason, Instant at) {
    if (status != ConsentStatus.ACTIVE) {
      throw new ConflictException(
          "status", "only a given consent can be withdrawn; this one is " + status);
    }
    status = ConsentStatus.WITHDRAWN;
    withdrawnAt = at;
    withdrawnBy = by;
    withdrawalReason = reason;
  }

  /** The status on a day: a given consent past its validity has expired. */
  public ConsentStatus statusOn(LocalDate day) {
    return status == ConsentStatus.ACTIVE && day.isAfter(validUntil)
        ? ConsentStatus.EXPIRED
        : status;
  }

  /** Whether a check may run on this day under this consent. */
  public boolean allowsOn(LocalDate day) {
    return statusOn(day) == ConsentStatus.ACTIVE && !day.isBefore(validFrom);
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

  public String getStatement() {
    return statement;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public ConsentEvidence getEvidence() {
    return evidence;
  }

  public String getEvidenceAccount() {
    return evidenceAccount;
  }

  public String getEvidenceAttachment() {
    return evidenceAttachment;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }

  public String getWithdrawnBy() {
    return withdrawnBy;
  }

  public String getWithdrawalReason() {
    return withdrawalReason;
  }
}
