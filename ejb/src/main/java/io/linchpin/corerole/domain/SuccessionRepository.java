package io.linchpin.corerole.domain;

import java.util.List;
import java.util.Optional;

/** Where successor candidates and transition plans are kept. */
public interface SuccessionRepository {

  List<SuccessorCandidate> candidates(long incumbentId);

  Optional<SuccessorCandidate> candidate(long incumbentId, long candidateId);

  void add(SuccessorCandidate candidate);

  void remove(SuccessorCandidate candidate);

  /** The incumbent's transition tasks, by due date. */
  List<TransitionTask> tasks(long incumbentId);

  Optional<TransitionTask> task(long id);

  void add(TransitionTask task);

  /** Removes the incumbent's open tasks (a new plan replaces them); returns how many. */
  int removeOpenTasks(long incumbentId);

  /**
   * The core employees (current assessments, not erased, not left) {@code visibility} covers, under
   * {@code unitPath} and of the role family when given: how many, and those without a candidate
   * ready now who is still employed.
   */
  Bench bench(io.linchpin.shared.Visibility visibility, String unitPath, String jobFamily);

  /** The readiness of each incumbent's best candidate still employed; none named: left out. */
  java.util.Map<Long, Readiness> bestReadiness(java.util.Collection<Long> incumbents);

  /** Core employees counted, and those without a ready successor. */
  record Bench(long core, List<BenchRow> gaps) {}
}
