package io.linchpin.screening.domain;

import io.linchpin.shared.FieldSealer;
import io.linchpin.shared.Sealable;
import io.linchpin.shared.SealedText;
import io.linchpin.shared.SealingListener;
import io.linchpin.shared.Sensitive;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A record an external source holds about a person (a loan, a judgement, a listing), as a check
 * brought it back: what it is, its reference, amount and summary sealed with the person's key;
 * linked to the consent that allowed it; deleted when its retention ends or the consent is
 * withdrawn. The same source record is kept once (a keyed fingerprint of its reference).
 */
@Entity
@Table(name = "screening_finding")
@EntityListeners(SealingListener.class)
public class Finding implements Sealable {

  static final String TABLE = "screening_finding";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "screening_finding_seq")
  @SequenceGenerator(
      name = "screening_finding_seq",
      sequenceName = "screening_finding_seq",
      allocationSize = 20)
  private Long id;

  @Column(name = "row_uid", nullable = false, length = 36, unique = true)
  private String uid;

  @Column(name = "employee_id", nullable = false)
  private long employeeId;

  @Column(name = "data_subject", nullable = false, length = 64)
  private String subject;

  @Column(name = "consent_id", nullable = false)
  private long consentId;

  @Column(name = "check_id")
  private Long checkId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private DataCategory category;

  @Column(nullable = false, length = 48)
  private String provider;

  /** Keyed fingerprint of provider and reference: the same record is kept once. */
  @Column(nullable = false, length = 64)
  private String fingerprint;

  @Column(name = "occurred_on", nullable = false)
  private LocalDate occurredOn;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "retain_until", nullable = false)
  private LocalDate retainUntil;

  @Sensitive("what an external source holds about the person")
  @Transient
  private final SealedText details = new SealedText();

  @Column(name = "details")
  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  private String detailsSealed;

  protected Finding() {}

  public Finding(
      String uid,
      long employeeId,
      String subject,
      long consentId,
      Long checkId,
      DataCategory category,
      String provider,
      String fingerprint,
      LocalDate occurredOn,
      String details,
      Instant receivedAt,
      LocalDate retainUntil) {
    this.uid = Objects.requireNonNull(uid);
    this.employeeId = employeeId;
    this.subject = Objects.requireNonNull(subject);
    this.consentId = consentId;
    this.checkId = checkId;
    this.category = Objects.requireNonNull(category);
    this.provider = Objects.requireNonNull(provider);
    this.fingerprint = Objects.requireNonNull(fingerprint);
    this.occurredOn = Objects.requireNonNull(occurredOn);
    this.details.set(Objects.requireNonNull(details));
    this.receivedAt = receivedAt;
    this.retainUntil = retainUntil;
  }

  @Override
  public void seal(FieldSealer fieldSealer) {
    detailsSealed = details.seal(fieldSealer, subject, TABLE, "details", uid, detailsSealed);
  }

  @Override
  public void loaded(FieldSealer fieldSealer) {
    details.loaded(fieldSealer);
  }

  /** Kind, reference, amount and summary as JSON, opened; null once the person is erased. */
  public String details() {
    return details.get(subject, TABLE, "details", uid, detailsSealed);
  }

  public Long getId() {
    return id;
  }

  public String getUid() {
    return uid;
  }

  public long getEmployeeId() {
    return employeeId;
  }

  public long getConsentId() {
    return consentId;
  }

  public Long getCheckId() {
    return checkId;
  }

  public DataCategory getCategory() {
    return category;
  }

  public String getProvider() {
    return provider;
  }

  public String getFingerprint() {
    return fingerprint;
  }

  public LocalDate getOccurredOn() {
    return occurredOn;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public LocalDate getRetainUntil() {
    return retainUntil;
  }
}
