package io.linchpin.casework.application.internal;

import io.linchpin.casework.application.CaseSummary;
import io.linchpin.casework.application.CaseView;
import io.linchpin.casework.application.TaskView;
import io.linchpin.casework.domain.CaseEvent;
import io.linchpin.casework.domain.CaseEventKind;
import io.linchpin.casework.domain.CaseFile;
import io.linchpin.casework.domain.FormField;
import io.linchpin.casework.domain.Playbooks;
import io.linchpin.casework.domain.Workflow.StepTask;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the views of cases and steps; the one place that decides what a view shows. */
final class CaseViews {

  private CaseViews() {}

  static CaseSummary summary(CaseFile c, String employeeName) {
    return new CaseSummary(
        c.getId(),
        c.getReference(),
        c.getType().name(),
        c.getEmployeeId(),
        employeeName,
        c.getSeverity().name(),
        c.getStatus().name(),
        c.isOverdue(),
        c.isLegalInvolved(),
        c.getOpenedAt(),
        c.getDueAt(),
        c.getClosedAt());
  }

  static CaseView view(
      CaseFile c,
      int playbookVersion,
      String employeeName,
      boolean details,
      List<String> parties,
      List<TaskView> openSteps,
      List<CaseEvent> timeline) {
    return new CaseView(
        c.getId(),
        c.getReference(),
        c.getType().name(),
        playbookVersion,
        c.getEmployeeId(),
        employeeName,
        c.getOrigin().name(),
        c.getSeverity().name(),
        c.getConfidentiality().name(),
        c.getStatus().name(),
        details ? c.summary() : null,
        details ? c.outcome() : null,
        c.getRootCause() == null ? null : c.getRootCause().name(),
        c.isOverdue(),
        c.isLegalInvolved(),
        c.getOpenedBy(),
        c.getOpenedAt(),
        c.getDueAt(),
        c.getClosedAt(),
        parties,
        openSteps,
        timeline.stream().map(e -> entry(e, details)).toList());
  }

  private static CaseView.TimelineEntry entry(CaseEvent e, boolean details) {
    String detail = details && e.hasDetail() ? e.detail() : null;
    boolean form = e.getKind() == CaseEventKind.STEP_COMPLETED && detail != null;
    Map<String, String> values = new LinkedHashMap<>();
    if (form) {
      try (JsonReader reader = Json.createReader(new StringReader(detail))) {
        reader.readObject().forEach((k, v) -> values.put(k, ((JsonString) v).getString()));
      }
    }
    return new CaseView.TimelineEntry(
        e.getAt(),
        e.getActor(),
        e.getKind().name(),
        e.getStep(),
        e.getStepName(),
        form ? null : detail,
        form ? values : Map.of());
  }

  /** A step as its case shows it; {@code assignee} is the user name of the account taking it. */
  static TaskView task(StepTask t, CaseFile c, String assignee, Instant now) {
    return new TaskView(
        t.id(),
        c.getId(),
        c.getReference(),
        c.getType().name(),
        c.getEmployeeId(),
        t.step(),
        t.name(),
        assignee,
        t.roles(),
        t.created(),
        t.due(),
        t.priority(),
        t.due() != null && t.due().isBefore(now),
        form(t.step()));
  }

  static List<TaskView.Field> form(String step) {
    return Playbooks.form(step).fields().stream()
        .map(
            (FormField f) ->
                new TaskView.Field(f.name(), f.type().name(), f.required(), f.label(), f.choices()))
        .toList();
  }
}
