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
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A tracked action of a case, with an owner, a due date, a status and, when done, an outcome. What
 * it is about (a loan's amount, the KPI weights, the agreement's terms) is kept as sealed details,
 * like the outcome: they describe the person's circumstances.
 *
 * <p>Invariants: a done or cancelled intervention does not change again, but for a customer
 * transition's count of the customers kept (its outcome months on) on a done one; done needs an
 * outcome.
 */
@Entity
@Table(name = "case_intervention")
@EntityListeners(SealingListener.class)
public class Intervention implements Sealable {

  static final String TABLE = "case_intervention";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_intervention_seq")
  @SequenceGenerator(
      name = "case_intervention_seq",
      sequenceName = "case_intervention_seq",
      allocationSize = 50)
  private Long id;

  @Version private int version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false)
  private CaseFile caseFile;

  @Column(name = "row_uid", nullable = false, length = 36)
  private String uid;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private InterventionKind kind;

  @Column(nullable = false)
  private String owner;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private InterventionStatus status;

  @Sensitive("what the action is: amounts, terms, weights")
  @Transient
  private String details;

  @Column(name = "details")
  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  private String detailsSealed;

  @Sensitive("how the action turned out")
  @Transient
  private String outcome;

  @Column(name = "outcome")
  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  private String outcomeSealed;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /**
   * The person's risk score before (the latest in the month planned or the three before it) and six
   * months on (the latest in the six months after the month planned), written by the scan that
   * completes the sixth month; null when the person had none then.
   */
  @Column(name = "risk_before")
  private Integer riskBefore;

  @Column(name = "risk_after")
  private Integer riskAfter;

  /** When the six-month follow-up was written; null until then. */
  @Column(name = "followed_up_at")
  private Instant followedUpAt;

  /**
   * A customer transition's outcome as HR counted it: the customers handed over ({@code held}) and
   * how many of them still buy from the company ({@code kept}); null until counted.
   */
  @Column(name = "customers_held")
  private Integer customersHeld;

  @Column(name = "customers_kept")
  private Integer customersKept;

  @Column(name = "customers_counted_at")
  private Instant customersCountedAt;

  @Transient private FieldSealer sealer;
  @Transient private boolean open = true;

  protected Intervention() {}

  public Intervention(
      CaseFile caseFile,
      String uid,
      InterventionKind kind,
      String owner,
      LocalDate dueDate,
      String details,
      Instant at,
      String by) {
    this.caseFile = Objects.requireNonNull(caseFile);
    this.uid = Objects.requireNonNull(uid);
    this.kind = Objects.requireNonNull(kind);
    this.owner = Objects.requireNonNull(owner);
    this.dueDate = dueDate;
    this.details = Objects.requireNonNull(details);
    this.status = InterventionStatus.PLANNED;
    this.createdAt = at;
    this.createdBy = by;
    this.updatedAt = at;
  }

  @Override
  public void seal(FieldSealer fieldSealer) {
    this.sealer = fieldSealer;
    ensureOpen();
    String subject = caseFile.getSubject();
    detailsSealed = fieldSealer.seal(subject, TABLE, "details", uid, details);
    outcomeSealed = fieldSealer.seal(subject, TABLE, "outcome", uid, outcome);
  }

  @Override
  public void loaded(FieldSealer fieldSealer) {
    this.sealer = fieldSealer;
    this.open = false;
  }

  private void ensureOpen() {
    if (open || sealer == null) {
      return;
    }
    String subject = caseFile.getSubject();
    try {
      details = sealer.open(subject, TABLE, "details", uid, detailsSealed);
      outcome = sealer.open(subject, TABLE, "outcome", uid, outcomeSealed);
    } catch (ErasedSubjectException e) {
      details = null;
      outcome = null;
    }
    open = true;
  }

  /** Moves the action on; a final status cannot change, and done needs an outcome. */
  public void update(
      InterventionStatus next, String outcome, String owner, LocalDate dueDate, Instant at) {
    if (status.isFinal()) {
      throw new IllegalStateException("the intervention is " + status);
    }
    ensureOpen();
    if (next == InterventionStatus.DONE && (outcome == null || outcome.isBlank())) {
      throw new IllegalArgumentException("a done intervention needs an outcome");
    }
    this.status = Objects.requireNonNull(next);
    if (outcome != null) {
      this.outcome = outcome;
    }
    if (owner != null) {
      this.owner = owner;
    }
    if (dueDate != null) {
      this.dueDate = dueDate;
    }
    this.updatedAt = at;
    this.detailsSealed = null; // stale: the next flush seals again
  }

  /** Replaces the details (e.g. a signed agreement's attachment); only while not final. */
  public void changeDetails(String details, Instant at) {
    if (status.isFinal()) {
      throw new IllegalStateException("the intervention is " + status);
    }
    ensureOpen();
    this.details = Objects.requireNonNull(details);
    this.updatedAt = at;
    this.detailsSealed = null;
  }

  public Long getId() {
    return id;
  }

  public CaseFile getCaseFile() {
    return caseFile;
  }

  public String getUid() {
    return uid;
  }

  public InterventionKind getKind() {
    return kind;
  }

  public String getOwner() {
    return owner;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public InterventionStatus getStatus() {
    return status;
  }

  /** Opens the sealed details; callers audit the read. */
  public String details() {
    ensureOpen();
    return details;
  }

  /** Opens the sealed outcome; callers audit the read. */
  public String outcome() {
    ensureOpen();
    return outcome;
  }

  /**
   * Records how many of the customers handed over the company kept: a customer transition's
   * outcome, counted (and counted again) after the transition, also once it is done; never for a
   * cancelled one.
   */
  public void customersCounted(int held, int kept, Instant at) {
    if (kind != InterventionKind.CUSTOMER_TRANSITION) {
      throw new IllegalStateException("only a customer transition keeps customers");
    }
    if (status == InterventionStatus.CANCELLED) {
      throw new IllegalStateException("the transition was cancelled");
    }
    if (held < 1 || kept < 0 || kept > held) {
      throw new IllegalArgumentException("kept must be between 0 and held, held at least 1");
    }
    customersHeld = held;
    customersKept = kept;
    customersCountedAt = at;
    updatedAt = at;
  }

  public Integer getCustomersHeld() {
    return customersHeld;
  }

  public Integer getCustomersKept() {
    return customersKept;
  }

  public Instant getCustomersCountedAt() {
    return customersCountedAt;
  }

  public Integer getRiskBefore() {
    return riskBefore;
  }

  public Integer getRiskAfter() {
    return riskAfter;
  }

  public Instant getFollowedUpAt() {
    return followedUpAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
