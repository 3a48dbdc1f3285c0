package io.linchpin.casework.application;

import java.time.Instant;
import java.util.List;

/**
 * The six-month follow-up of interventions: the scans, which know the risk scores, write the
 * person's score before and six months on, so that the review reads two numbers per intervention.
 */
public interface InterventionFollowUps {

  /** An intervention's outcome is looked at this many months after the month it was planned. */
  int OUTCOME_MONTHS = 6;

  /**
   * Interventions planned before {@code plannedBefore} and not followed up, and those planned since
   * {@code againFrom} (followed up or not), after id {@code afterId}, in id order.
   */
  List<Due> due(Instant plannedBefore, Instant againFrom, long afterId, int max);

  /** Writes the scores before and six months on (either null when the person had none). */
  void record(long interventionId, Integer riskBefore, Integer riskAfter);

  /** An intervention to follow up: its person and when it was planned. */
  record Due(long interventionId, long employeeId, Instant plannedAt) {}
}
