package io.linchpin.casework.domain;

import java.util.List;
import java.util.Optional;

/** Interventions, their repayments and the casework policy. */
public interface InterventionRepository {

  void add(Intervention intervention);

  List<Intervention> ofCase(long caseId);

  Optional<Intervention> find(long caseId, long id);

  void add(Repayment repayment);

  List<Repayment> repayments(Intervention intervention);

  Optional<CasePolicy> policy(String name);

  /**
   * The interventions planned in [{@code from}, {@code to}) on cases about the people {@code
   * visibility} covers (under {@code unitPath}, of the job family, when given).
   */
  List<Intervention> plannedBetween(
      io.linchpin.shared.Visibility visibility,
      String unitPath,
      String jobFamily,
      java.time.Instant from,
      java.time.Instant to);

  /** The repayments of these interventions, by intervention id. */
  java.util.Map<Long, List<Repayment>> repayments(java.util.Collection<Long> interventionIds);

  /**
   * The interventions planned before {@code plannedBefore} not followed up yet, and those planned
   * since {@code againFrom} whether followed up or not, after id {@code afterId}, in id order:
   * their id, person and when they were planned, at most {@code max}.
   */
  List<FollowUp> dueForFollowUp(
      java.time.Instant plannedBefore, java.time.Instant againFrom, long afterId, int max);

  /** Writes an intervention's six-month follow-up, in place (its version is left alone). */
  void followedUp(long interventionId, Integer riskBefore, Integer riskAfter, java.time.Instant at);

  /** An intervention to follow up. */
  record FollowUp(long interventionId, long employeeId, java.time.Instant plannedAt) {}
}
