package io.linchpin.casework.domain;

import io.linchpin.shared.ErasedSubjectException;
import io.linchpin.shared.FieldSealer;
import io.linchpin.shared.Sealable;
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
 * A case about one employee. It is open while its playbook runs on the engine and closes when the
 * playbook ends, with an outcome and a root cause. Its summary and outcome describe the person's
 * troubles, so they are sealed with the person's key: erasing the person erases them too.
 *
 * <p>Invariants: a closed case has an outcome, a root cause and a closing time; a closed case does
 * not reopen.
 */
@Entity
@Table(name = "case_file")
@EntityListeners(SealingListener.class)
public class CaseFile implements Sealable {

  static final String TABLE = "case_file";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_file_seq")
  @SequenceGenerator(name = "case_file_seq", sequenceName = "case_file_seq", allocationSize = 50)
  private Long id;

  @Version private int version;

  @Column(nullable = false, length = 32, unique = true)
  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(name = "case_type", nullable = false, length = 32)
  private CaseType type;

  @Column(name = "employee_id", nullable = false)
  private long employeeId;

  @Column(nullable = false, length = 64)
  private String subject;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CaseOrigin origin;

  @Column(name = "origin_ref", length = 64)
  private String originRef;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Severity severity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Confidentiality confidentiality;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CaseStatus status;

  @Sensitive("what happened to the person")
  @Transient
  private String summary;

  @Column(name = "summary")
  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  private String summarySealed;

  @Sensitive("how the person's case ended")
  @Transient
  private String outcome;

  @Column(name = "outcome")
  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  private String outcomeSealed;

  @Enumerated(EnumType.STRING)
  @Column(name = "root_cause", length = 32)
  private RootCause rootCause;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "playbook_version")
  private Integer playbookVersion;

  @Column(name = "legal_involved", nullable = false)
  private boolean legalInvolved;

  @Column(nullable = false)
  private boolean overdue;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "opened_by", nullable = false)
  private String openedBy;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Transient private FieldSealer sealer;
  @Transient private boolean open = true;
  @Transient private boolean erased;

  protected CaseFile() {}

  public CaseFile(
      String reference,
      CaseType type,
      long employeeId,
      String subject,
      CaseOrigin origin,
      String originRef,
      Severity severity,
      Confidentiality confidentiality,
      String summary,
      Instant openedAt,
      String openedBy,
      Instant dueAt) {
    this.reference = Objects.requireNonNull(reference);
    this.type = Objects.requireNonNull(type);
    this.employeeId = employeeId;
    this.subject = Objects.requireNonNull(subject);
    this.origin = Objects.requireNonNull(origin);
    this.originRef = originRef;
    this.severity = Objects.requireNonNull(severity);
    this.confidentiality = Objects.requireNonNull(confidentiality);
    this.status = CaseStatus.OPEN;
    this.summary = summary;
    this.openedAt = Objects.requireNonNull(openedAt);
    this.openedBy = Objects.requireNonNull(openedBy);
    this.dueAt = Objects.requireNonNull(dueAt);
  }

  @Override
  public void seal(FieldSealer fieldSealer) {
    this.sealer = fieldSealer;
    ensureOpen();
    if (erased) {
      summarySealed = null;
      outcomeSealed = null;
      return;
    }
    summarySealed = fieldSealer.seal(subject, TABLE, "summary", reference, summary);
    outcomeSealed = fieldSealer.seal(subject, TABLE, "outcome", reference, outcome);
  }

  @Override
  public void loaded(FieldSealer fieldSealer) {
    this.sealer = fieldSealer;
    this.open = false;
  }

  private void ensureOpen() {
    if (open) {
      return;
    }
    try {
      summary = sealer.open(subject, TABLE, "summary", reference, summarySealed);
      outcome = sealer.open(subject, TABLE, "outcome", reference, outcomeSealed);
    } catch (ErasedSubjectException e) {
      erased = true; // the person was erased after the case closed: nothing left to show
      summary = null;
      outcome = null;
    }
    open = true;
  }

  /** Ties the case to the playbook instance that works it and the playbook version it runs. */
  public void startedAs(String processInstanceId, int playbookVersion) {
    this.processInstanceId = Objects.requireNonNull(processInstanceId);
    this.playbookVersion = playbookVersion;
  }

  public int getPlaybookVersion() {
    return playbookVersion == null ? 0 : playbookVersion;
  }

  /** Legal took part (a Legal step was started): Legal sees the case from now on. */
  public void involveLegal() {
    this.legalInvolved = true;
  }

  public void markOverdue() {
    this.overdue = true;
  }

  /** Closes the case when its playbook has ended. */
  public void close(String outcome, RootCause rootCause, Instant at) {
    if (status == CaseStatus.CLOSED) {
      throw new IllegalStateException("case " + reference + " is already closed");
    }
    ensureOpenForChange();
    this.outcome = Objects.requireNonNull(outcome);
    this.rootCause = Objects.requireNonNull(rootCause);
    this.closedAt = Objects.requireNonNull(at);
    this.status = CaseStatus.CLOSED;
    this.outcomeSealed = null; // stale: the next flush seals the outcome
  }

  private void ensureOpenForChange() {
    if (sealer != null) {
      ensureOpen();
    }
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public CaseType getType() {
    return type;
  }

  public long getEmployeeId() {
    return employeeId;
  }

  public String getSubject() {
    return subject;
  }

  public CaseOrigin getOrigin() {
    return origin;
  }

  public String getOriginRef() {
    return originRef;
  }

  public Severity getSeverity() {
    return severity;
  }

  public Confidentiality getConfidentiality() {
    return confidentiality;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public boolean isOpen() {
    return status == CaseStatus.OPEN;
  }

  /** Opens the sealed summary; callers audit the read. */
  public String summary() {
    ensureOpenForChange();
    return summary;
  }

  /** Opens the sealed outcome; callers audit the read. */
  public String outcome() {
    ensureOpenForChange();
    return outcome;
  }

  public RootCause getRootCause() {
    return rootCause;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public boolean isLegalInvolved() {
    return legalInvolved;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public String getOpenedBy() {
    return openedBy;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
