package io.linchpin.casework.application;

import java.time.Instant;
import java.util.List;

/**
 * A case with its timeline, open steps and the people working it ({@code parties}: who opened it or
 * took or completed one of its steps). Shows sensitive text: reading it is audited.
 */
public record CaseView(
    long id,
    String reference,
    String type,
    int playbookVersion,
    long employeeId,
    String employeeName,
    String origin,
    String severity,
    String confidentiality,
    String status,
    String summary,
    String outcome,
    String rootCause,
    boolean overdue,
    boolean legalInvolved,
    String openedBy,
    Instant openedAt,
    Instant dueAt,
    Instant closedAt,
    List<String> parties,
    List<TaskView> openSteps,
    List<TimelineEntry> timeline) {

  /**
   * One entry of the timeline: {@code note} for notes and hand-overs, {@code values} (field name to
   * value, in form order) for completed steps.
   */
  public record TimelineEntry(
      Instant at,
      String actor,
      String kind,
      String step,
      String stepName,
      String note,
      java.util.Map<String, String> values) {}
}
