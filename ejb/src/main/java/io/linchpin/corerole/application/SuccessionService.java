package io.linchpin.corerole.application;

import io.linchpin.people.application.Ref;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Who could take over a core employee's role and how the handover goes: candidates with their
 * readiness and how much of the incumbent's customers they already know, and a transition plan
 * generated from the gaps, tracked as tasks with owners and due dates. HR admins and HR business
 * partners change it; business heads read it; only people in the caller's reach.
 */
public interface SuccessionService {

  Succession succession(long incumbentId);

  /** Adds or changes a candidate. */
  Succession nominate(long incumbentId, Nominate command);

  Succession withdraw(long incumbentId, long candidateId);

  /** A new plan for handing over to the candidate; replaces the open tasks of the previous one. */
  Succession plan(long incumbentId, long successorId);

  /** Marks a task done or open again. */
  Succession done(long incumbentId, long taskId, boolean done);

  /** {@code readiness}: READY_NOW, ONE_TO_TWO_YEARS or LATER. */
  record Nominate(Long candidateId, String readiness, List<String> knownCustomers) {}

  /** A candidate and how much of the incumbent's book they already know. */
  record CandidateView(
      Ref candidate,
      String employeeNumber,
      String readiness,
      List<String> knownCustomers,
      int customersKnown,
      int customers,
      BigDecimal revenueCoverage,
      Instant updatedAt,
      String updatedBy) {}

  /** A step of the transition plan. */
  record TaskView(
      long id,
      Ref successor,
      String title,
      Ref owner,
      LocalDate due,
      boolean done,
      boolean overdue) {}

  /** The succession of a core employee. */
  record Succession(Ref incumbent, List<CandidateView> candidates, List<TaskView> plan) {}
}
