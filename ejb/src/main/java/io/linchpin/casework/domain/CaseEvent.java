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
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One entry of a case's timeline. Entries are only ever added. The detail (what was said, found or
 * decided) is sealed with the person's key.
 */
@Entity
@Table(name = "case_event")
@EntityListeners(SealingListener.class)
public class CaseEvent implements Sealable {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_event_seq")
  @SequenceGenerator(name = "case_event_seq", sequenceName = "case_event_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false)
  private CaseFile caseFile;

  @Column(name = "row_uid", nullable = false, length = 36)
  private String uid;

  @Column(nullable = false)
  private Instant at;

  @Column(nullable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private CaseEventKind kind;

  @Column(length = 64)
  private String step;

  @Column(name = "step_name")
  private String stepName;

  @Sensitive("what was said, found or decided about the person")
  @Transient
  private String detail;

  @Column(name = "detail")
  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  private String detailSealed;

  @Transient private FieldSealer sealer;
  @Transient private boolean open = true;

  protected CaseEvent() {}

  public CaseEvent(
      CaseFile caseFile,
      Instant at,
      String actor,
      CaseEventKind kind,
      String step,
      String stepName,
      String detail) {
    this.caseFile = Objects.requireNonNull(caseFile);
    this.uid = UUID.randomUUID().toString();
    this.at = Objects.requireNonNull(at);
    this.actor = Objects.requireNonNull(actor);
    this.kind = Objects.requireNonNull(kind);
    this.step = step;
    this.stepName = stepName;
    this.detail = detail;
  }

  /**
   * The row key binds the sealed detail to this case and entry. Not the time: the database may
   * round it.
   */
  private String rowKey() {
    return caseFile.getReference() + "#" + uid;
  }

  @Override
  public void seal(FieldSealer fieldSealer) {
    this.sealer = fieldSealer;
    detailSealed =
        fieldSealer.seal(caseFile.getSubject(), "case_event", "detail", rowKey(), detail());
  }

  @Override
  public void loaded(FieldSealer fieldSealer) {
    this.sealer = fieldSealer;
    this.open = false;
  }

  public Long getId() {
    return id;
  }

  public CaseFile getCaseFile() {
    return caseFile;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public CaseEventKind getKind() {
    return kind;
  }

  public String getStep() {
    return step;
  }

  public String getStepName() {
    return stepName;
  }

  public boolean hasDetail() {
    return open ? detail != null : detailSealed != null;
  }

  /** Opens the sealed detail; callers audit the read. Empty once the person is erased. */
  public String detail() {
    if (!open) {
      try {
        detail = sealer.open(caseFile.getSubject(), "case_event", "detail", rowKey(), detailSealed);
      } catch (ErasedSubjectException e) {
        detail = null;
      }
      open = true;
    }
    return detail;
  }
}
