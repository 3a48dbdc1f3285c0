package io.linchpin.corerole.domain;

import io.linchpin.shared.Sensitive;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Transient;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One criterion's rating in an assessment, with the evidence that backs it (sealed). */
@Embeddable
public class Rating {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private Criterion criterion;

  @Column(nullable = false)
  private int rating;

  @Sensitive("what shows the person holds this resource or know-how")
  @Transient
  private String evidence;

  @Column(name = "evidence")
  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  private String evidenceSealed;

  protected Rating() {}

  public Rating(Criterion criterion, int rating, String evidence) {
    this.criterion = Objects.requireNonNull(criterion);
    this.rating = rating;
    this.evidence = evidence;
  }

  public Criterion getCriterion() {
    return criterion;
  }

  public int getRating() {
    return rating;
  }

  String evidence() {
    return evidence;
  }

  void evidence(String opened) {
    this.evidence = opened;
  }

  String sealedEvidence() {
    return evidenceSealed;
  }

  void sealedEvidence(String sealed) {
    this.evidenceSealed = sealed;
  }
}
