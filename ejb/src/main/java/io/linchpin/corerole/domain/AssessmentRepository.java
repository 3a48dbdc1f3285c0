package io.linchpin.corerole.domain;

import io.linchpin.shared.Page;
import io.linchpin.shared.Visibility;
import java.util.List;
import java.util.Optional;

/** Where assessments and scoring models are kept. */
public interface AssessmentRepository {

  void add(Assessment assessment);

  Optional<Assessment> current(long employeeId);

  /** The overall scores of these people's current assessments, by employee id. */
  java.util.Map<Long, java.math.BigDecimal> currentScores(java.util.Collection<Long> employeeIds);

  /** Every assessment of the person, newest first. */
  List<Assessment> history(long employeeId);

  Page<RegistryRow> registry(RegistryCriteria criteria);

  /** The current assessments of the people {@code visibility} covers under a subtree. */
  List<RegistryRow> within(Visibility visibility, String orgUnitPath);

  /** The model in force: the highest version. */
  ScoringModel model();

  List<ScoringModel> models();

  void add(ScoringModel model);

  /** Re-scores every current assessment under the model; returns how many. */
  int rescore(ScoringModel model);
}
