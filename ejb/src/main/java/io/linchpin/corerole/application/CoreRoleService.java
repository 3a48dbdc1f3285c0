package io.linchpin.corerole.application;

import io.linchpin.people.application.Ref;
import io.linchpin.shared.Page;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The core-role registry. Callers see the people their role lets them see (HR admins everyone, HR
 * business partners their units, business heads their business unit, line managers their reports);
 * HR admins and HR business partners assess; HR admins set the scoring model. Reading evidence is
 * audited. Every method validates its input and throws {@link
 * io.linchpin.shared.InvalidInputException} with every violation, or {@link
 * io.linchpin.shared.NotFoundException} for what the caller may not see.
 */
public interface CoreRoleService {

  /** The criteria an assessment rates, by dimension. */
  List<CriterionView> criteria();

  ModelView model();

  /** Every scoring model, newest first. */
  List<ModelView> models();

  /** A new scoring model; re-scores every current assessment at once. */
  ModelView changeModel(ChangeModel command);

  /** Assesses a person in their current position; their previous assessment becomes history. */
  AssessmentView assess(long employeeId, Assess command);

  /** The person's current assessment with its evidence; audited. */
  AssessmentView assessment(long employeeId, String purpose);

  /** Every assessment of the person, newest first, without evidence. */
  List<AssessmentView> history(long employeeId);

  /**
   * The overall criticality scores (0–100) of those of these people the caller may see and who are
   * assessed, by employee id; no evidence, so not audited.
   */
  java.util.Map<Long, java.math.BigDecimal> criticalityScores(
      java.util.Collection<Long> employeeIds);

  Page<RegistryEntry> registry(RegistryQuery query);

  /**
   * Criticality by org unit: for each child of the unit (of the top of the tree when null), the
   * assessed people of its subtree, how many are core, and their mean scores.
   */
  HeatMap heatMap(Long orgUnitId);

  /** A criterion as the assessor reads it. */
  record CriterionView(String key, String dimension, String description, int maxRating) {}

  /** A scoring model. */
  record ModelView(
      int version,
      int weightResource,
      int weightExperience,
      int weightCost,
      int threshold,
      Instant createdAt,
      String createdBy,
      String reason,
      Integer rescored) {}

  /** Weights (whole percentages adding up to 100) and threshold (0–100) for a new model. */
  record ChangeModel(
      Integer weightResource,
      Integer weightExperience,
      Integer weightCost,
      Integer threshold,
      String reason) {}

  /** An assessment: one rating per criterion assessed (at least one per dimension). */
  record Assess(List<RatingInput> ratings, String note) {}

  /** A criterion's rating, 0–5; evidence required from 3. */
  record RatingInput(String criterion, Integer rating, String evidence) {}

  /** Scores on the three dimensions and overall, 0–100. */
  record Scores(
      BigDecimal resourceExclusivity,
      BigDecimal experienceDependency,
      BigDecimal costSensitivity,
      BigDecimal overall) {}

  /** A rated criterion; {@code evidence} only in the audited current view. */
  record RatingView(String criterion, String dimension, int rating, String evidence) {}

  /** An assessment; ratings' evidence and the note only in the audited current view. */
  record AssessmentView(
      long id,
      Ref employee,
      String employeeNumber,
      Ref position,
      Instant assessedAt,
      String assessedBy,
      boolean current,
      Instant supersededAt,
      Scores scores,
      boolean core,
      int modelVersion,
      List<RatingView> ratings,
      String note) {}

  /**
   * Filters of the registry; all optional. {@code dimension} selects the score filtered and sorted.
   */
  record RegistryQuery(
      Long orgUnitId,
      String dimension,
      BigDecimal minScore,
      boolean coreOnly,
      String text,
      int page,
      int size) {}

  /** A person in the registry. */
  record RegistryEntry(
      Ref employee,
      String employeeNumber,
      Ref orgUnit,
      String position,
      Scores scores,
      boolean core,
      Instant assessedAt) {}

  /** Criticality by org unit under {@code unit} (null: the top of the tree). */
  record HeatMap(Ref unit, int threshold, List<HeatCell> rows) {}

  /** One org unit's subtree. */
  record HeatCell(Ref unit, int assessed, int core, Scores mean, BigDecimal highest) {}
}
