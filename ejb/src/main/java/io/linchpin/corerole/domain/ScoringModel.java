package io.linchpin.corerole.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The weights of the three dimensions (whole percentages adding up to 100) and the threshold at or
 * above which a person's overall score makes their role core. Each change is a new version; the
 * highest version is in force, the others are history.
 *
 * <p>Overall score = (w<sub>resource</sub> × resource + w<sub>experience</sub> × experience +
 * w<sub>cost</sub> × cost) / 100, rounded half up to one decimal.
 */
@Entity
@Table(name = "criticality_model")
public class ScoringModel {

  @Id
  @Column(name = "model_version")
  private int modelVersion;

  @Column(name = "weight_resource", nullable = false)
  private int weightResource;

  @Column(name = "weight_experience", nullable = false)
  private int weightExperience;

  @Column(name = "weight_cost", nullable = false)
  private int weightCost;

  @Column(nullable = false)
  private int threshold;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(length = 500)
  private String reason;

  protected ScoringModel() {}

  public ScoringModel(
      int modelVersion,
      int weightResource,
      int weightExperience,
      int weightCost,
      int threshold,
      Instant createdAt,
      String createdBy,
      String reason) {
    List<String> problems = problems(weightResource, weightExperience, weightCost, threshold);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    this.modelVersion = modelVersion;
    this.weightResource = weightResource;
    this.weightExperience = weightExperience;
    this.weightCost = weightCost;
    this.threshold = threshold;
    this.createdAt = Objects.requireNonNull(createdAt);
    this.createdBy = Objects.requireNonNull(createdBy);
    this.reason = reason;
  }

  /** What is wrong with these weights and threshold; empty when they make a model. */
  public static List<String> problems(int resource, int experience, int cost, int threshold) {
    List<String> problems = new ArrayList<>();
    if (resource < 0 || experience < 0 || cost < 0) {
      problems.add("weights must not be negative");
    }
    if (resource + experience + cost != 100) {
      problems.add("weights must add up to 100, not " + (resource + experience + cost));
    }
    if (threshold < 0 || threshold > 100) {
      problems.add("threshold must lie between 0 and 100");
    }
    return problems;
  }

  public BigDecimal overall(DimensionScores s) {
    return s.resource()
        .multiply(BigDecimal.valueOf(weightResource))
        .add(s.experience().multiply(BigDecimal.valueOf(weightExperience)))
        .add(s.cost().multiply(BigDecimal.valueOf(weightCost)))
        .divide(BigDecimal.valueOf(100), DimensionScores.SCALE, RoundingMode.HALF_UP);
  }

  public boolean isCore(BigDecimal overall) {
    return overall.compareTo(BigDecimal.valueOf(threshold)) >= 0;
  }

  public int weight(Dimension d) {
    return switch (d) {
      case RESOURCE_EXCLUSIVITY -> weightResource;
      case EXPERIENCE_DEPENDENCY -> weightExperience;
      case COST_SENSITIVITY -> weightCost;
    };
  }

  public int getModelVersion() {
    return modelVersion;
  }

  public int getThreshold() {
    return threshold;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public String getReason() {
    return reason;
  }
}
