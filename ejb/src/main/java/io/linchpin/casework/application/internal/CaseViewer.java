package io.linchpin.casework.application.internal;

import io.linchpin.casework.application.CaseView;
import io.linchpin.casework.application.TaskView;
import io.linchpin.casework.domain.CaseFile;
import io.linchpin.casework.domain.CaseRepository;
import io.linchpin.casework.domain.Workflow;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.people.domain.EmployeeId;
import io.linchpin.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Assembles a case's view: its open steps from the engine, its timeline, its employee's name. */
@Dependent
public class CaseViewer {

  @Inject CaseRepository cases;
  @Inject Workflow workflow;
  @EJB EmployeeService employees;

  private final Clock clock = Clock.systemUTC();

  CaseView view(CaseFile c, String employeeName, boolean details) {
    Instant now = clock.instant();
    List<TaskView> steps =
        c.isOpen()
            ? workflow.openTasks(c.getProcessInstanceId()).stream()
                .map(t -> CaseViews.task(t, c, now))
                .toList()
            : List.of();
    return CaseViews.view(
        c,
        c.getPlaybookVersion(),
        employeeName,
        details,
        cases.parties(c.getId()),
        steps,
        cases.timeline(c.getId()));
  }

  String name(CaseFile c) {
    return names(List.of(c)).get(c.getEmployeeId());
  }

  /**
   * The names of the cases' employees. A caller who sees a case but not the person (a party whose
   * scope no longer covers them) gets the employee number instead.
   */
  Map<Long, String> names(List<CaseFile> page) {
    Map<Long, String> names = new LinkedHashMap<>();
    for (CaseFile c : page) {
      if (!names.containsKey(c.getEmployeeId())) {
        String name;
        try {
          name = employees.person(EmployeeId.of(c.getEmployeeId())).fullName();
        } catch (NotFoundException e) {
          name = c.getSubject();
        }
        names.put(c.getEmployeeId(), name);
      }
    }
    return names;
  }
}
