package io.linchpin.corerole.domain;

import io.linchpin.shared.ErasedSubjectException;
import io.linchpin.shared.FieldSealer;
import io.linchpin.shared.Sealable;
import io.linchpin.shared.SealingListener;
import io.linchpin.shared.Sensitive;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A dated criticality assessment of a person in the position they held: the rated criteria with
 * their evidence, the dimension scores they give, and the overall score and core flag under the
 * scoring model in force. A new assessment supersedes the person's current one, which stays as
 * history; a new scoring model re-scores current assessments. Evidence and the assessor's note are
 * sealed with the person's key, so erasing the person erases them.
 */
@Entity
@Table(name = "criticality_assessment")
@EntityListeners(SealingListener.class)
public class Assessment implements Sealable {

  static final String TABLE = "criticality_assessment";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "criticality_assessment_seq")
  @SequenceGenerator(
      name = "criticality_assessment_seq",
      sequenceName = "criticality_assessment_seq",
      allocationSize = 50)
  private Long id;

  @Version private int version;

  @Column(name = "row_uid", nullable = false, length = 36, unique = true)
  private String uid;

  @Column(name = "employee_id", nullable = false)
  private long employeeId;

  @Column(name = "data_subject", nullable = false, length = 64)
  private String subject;

  @Column(name = "position_id")
  private Long positionId;

  @Column(name = "assessed_at", nullable = false)
  private Instant assessedAt;

  @Column(name = "assessed_by", nullable = false)
  private String assessedBy;

  @Column(name = "is_current", nullable = false)
  private boolean current;

  @Column(name = "superseded_at")
  private Instant supersededAt;

  @Column(name = "resource_score", nullable = false, precision = 4, scale = 1)
  private BigDecimal resourceScore;

  @Column(name = "experience_score", nullable = false, precision = 4, scale = 1)
  private BigDecimal experienceScore;

  @Column(name = "cost_score", nullable = false, precision = 4, scale = 1)
  private BigDecimal costScore;

  @Column(nullable = false, precision = 4, scale = 1)
  private BigDecimal score;

  @Column(name = "is_core", nullable = false)
  private boolean core;

  @Column(name = "model_version", nullable = false)
  private int modelVersion;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "criticality_rating", joinColumns = @JoinColumn(name = "assessment_id"))
  @OrderColumn(name = "seq")
  private List<Rating> ratings = new ArrayList<>();

  @Sensitive("the assessor's note on the person")
  @Transient
  private String note;

  @Column(name = "note")
  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  private String noteSealed;

  @Transient private FieldSealer sealer;
  @Transient private boolean open = true;

  protected Assessment() {}

  public Assessment(
      String uid,
      long employeeId,
      String subject,
      Long positionId,
      List<Rating> ratings,
      String note,
      ScoringModel model,
      Instant at,
      String by) {
    this.uid = Objects.requireNonNull(uid);
    this.employeeId = employeeId;
    this.subject = Objects.requireNonNull(subject);
    this.positionId = positionId;
    this.ratings = new ArrayList<>(ratings);
    this.note = note;
    this.assessedAt = Objects.requireNonNull(at);
    this.assessedBy = Objects.requireNonNull(by);
    this.current = true;
    DimensionScores scores = DimensionScores.of(ratingsByCriterion());
    this.resourceScore = scores.resource();
    this.experienceScore = scores.experience();
    this.costScore = scores.cost();
    rescore(model);
  }

  /** The score and core flag under a scoring model. */
  public void rescore(ScoringModel model) {
    this.score = model.overall(scores());
    this.core = model.isCore(score);
    this.modelVersion = model.getModelVersion();
  }

  /** A newer assessment has taken this one's place; it stays as history. */
  public void supersede(Instant at) {
    this.current = false;
    this.supersededAt = at;
  }

  @Override
  public void seal(FieldSealer fieldSealer) {
    this.sealer = fieldSealer;
    ensureOpen();
    for (Rating r : ratings) {
      r.sealedEvidence(
          fieldSealer.seal(subject, TABLE, "evidence", uid + "/" + r.getCriterion(), r.evidence()));
    }
    noteSealed = fieldSealer.seal(subject, TABLE, "note", uid, note);
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
    try {
      for (Rating r : ratings) {
        r.evidence(
            sealer.open(
                subject, TABLE, "evidence", uid + "/" + r.getCriterion(), r.sealedEvidence()));
      }
      note = sealer.open(subject, TABLE, "note", uid, noteSealed);
    } catch (ErasedSubjectException e) {
      ratings.forEach(r -> r.evidence(null));
      note = null;
    }
    open = true;
  }

  public Map<Criterion, Integer> ratingsByCriterion() {
    Map<Criterion, Integer> byCriterion = new EnumMap<>(Criterion.class);
    ratings.forEach(r -> byCriterion.put(r.getCriterion(), r.getRating()));
    return byCriterion;
  }

  /** The ratings with their evidence opened; callers audit the read. */
  public List<Rating> ratings() {
    ensureOpen();
    return Collections.unmodifiableList(ratings);
  }

  /** The evidence of one rating, opened; callers audit the read. */
  public String evidence(Rating rating) {
    ensureOpen();
    return rating.evidence();
  }

  /** Opens the sealed note; callers audit the read. */
  public String note() {
    ensureOpen();
    return note;
  }

  public DimensionScores scores() {
    return new DimensionScores(resourceScore, experienceScore, costScore);
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

  public String getSubject() {
    return subject;
  }

  public Long getPositionId() {
    return positionId;
  }

  public Instant getAssessedAt() {
    return assessedAt;
  }

  public String getAssessedBy() {
    return assessedBy;
  }

  public boolean isCurrent() {
    return current;
  }

  public Instant getSupersededAt() {
    return supersededAt;
  }

  public BigDecimal getScore() {
    return score;
  }

  public boolean isCore() {
    return core;
  }

  public int getModelVersion() {
    return modelVersion;
  }
}
