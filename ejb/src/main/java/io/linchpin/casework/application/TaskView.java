package io.linchpin.casework.application;

import java.time.Instant;
import java.util.List;

/** An open step of a case, as an inbox shows it, with the form that completes it. */
public record TaskView(
    String id,
    long caseId,
    String caseReference,
    String caseType,
    long employeeId,
    String step,
    String name,
    String assignee,
    List<String> roles,
    Instant created,
    Instant due,
    int priority,
    boolean overdue,
    List<Field> form) {

  /** A field of the completion form. */
  public record Field(
      String name, String type, boolean required, String label, List<String> choices) {}
}
