package io.linchpin.monitoring.domain;

import io.linchpin.shared.ConflictException;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person's request to have the alerts and risk score Linchpin holds about them explained (PIPL
 * art. 24), and HR's answer: the explanation drawn from the stored evidence when it was answered,
 * with HR's own words. The question, explanation and answer are sealed with the person's key.
 */
@Entity
@Table(name = "monitoring_explanation")
@EntityListeners(SealingListener.class)
public class ExplanationRequest implements Sealable {

  static final String TABLE = "monitoring_explanation";

  /** Where a request stands. */
  public enum Status {
    OPEN,
    ANSWERED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "monitoring_explanation_seq")
  @SequenceGenerator(
      name = "monitoring_explanation_seq",
      sequenceName = "monitoring_explanation_seq",
      allocationSize = 1)
  private Long id;

  @Version private int version;

  @Column(name = "row_uid", nullable = false, length = 36, unique = true)
  private String uid;

  @Column(name = "employee_id", nullable = false)
  private long employeeId;

  @Column(name = "data_subject", nullable = false, length = 64)
  private String subject;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Status status;

  @Column(name = "asked_by", nullable = false, length = 100)
  private String askedBy;

  @Column(name = "asked_at", nullable = false)
  private Instant askedAt;

  @Column(name = "answered_by", length = 100)
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Sensitive("the person's question, the explanation of their alerts and HR's answer")
  @Transient
  private final SealedText content = new SealedText();

  @Column(name = "content")
  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  private String contentSealed;

  protected ExplanationRequest() {}

  /** A new request; {@code content} is the JSON holding the question. */
  public ExplanationRequest(
      String uid, long employeeId, String subject, String content, String by, Instant at) {
    this.uid = Objects.requireNonNull(uid);
    this.employeeId = employeeId;
    this.subject = Objects.requireNonNull(subject);
    this.content.set(Objects.requireNonNull(content));
    this.status = Status.OPEN;
    this.askedBy = by;
    this.askedAt = at;
  }

  /** HR answers; {@code newContent} is the JSON with the question, explanation and answer. */
  public void answer(String newContent, String by, Instant at) {
    if (status != Status.OPEN) {
      throw new ConflictException("status", "the request has already been answered");
    }
    content.set(Objects.requireNonNull(newContent));
    contentSealed = null;
    status = Status.ANSWERED;
    answeredBy = by;
    answeredAt = at;
  }

  @Override
  public void seal(FieldSealer fieldSealer) {
    contentSealed = content.seal(fieldSealer, subject, TABLE, "content", uid, contentSealed);
  }

  @Override
  public void loaded(FieldSealer fieldSealer) {
    content.loaded(fieldSealer);
  }

  /** The content as JSON, opened; null once the person is erased. Callers audit the read. */
  public String content() {
    return content.get(subject, TABLE, "content", uid, contentSealed);
  }

  public Long getId() {
    return id;
  }

  public long getEmployeeId() {
    return employeeId;
  }

  public Status getStatus() {
    return status;
  }

  public String getAskedBy() {
    return askedBy;
  }

  public Instant getAskedAt() {
    return askedAt;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }
}
