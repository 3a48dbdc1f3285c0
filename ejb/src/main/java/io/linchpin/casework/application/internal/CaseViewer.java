package io.linchpin.casework.application.internal;

import io.linchpin.casework.application.CaseView;
import io.linchpin.casework.domain.CaseFile;
import io.linchpin.casework.domain.CaseParty;
import io.linchpin.casework.domain.CaseRepository;
import io.linchpin.casework.domain.Workflow;
import io.linchpin.casework.domain.Workflow.StepTask;
import io.linchpin.people.application.AccountDirectory;
import io.linchpin.people.application.AccountRef;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.shared.EmployeeId;
import io.linchpin.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Assembles a case's view: its open steps from the engine, its timeline, its employee's name. */
@Dependent
public class CaseViewer {

  @Inject CaseRepository cases;
  @Inject Workflow workflow;
  @EJB EmployeeService employees;
  @EJB AccountDirectory accounts;

  private final Clock clock = Clock.systemUTC();

  CaseView view(CaseFile c, String employeeName, boolean details) {
    Instant now = clock.instant();
    List<StepTask> open = c.isOpen() ? workflow.openTasks(c.getProcessInstanceId()) : List.of();
    Map<String, String> assignees = assignees(open);
    return CaseViews.view(
        c,
        c.getPlaybookVersion(),
        employeeName,
        details,
        cases.parties(c.getId()).stream().map(CaseParty::getUsername).toList(),
        open.stream().map(t -> CaseViews.task(t, c, assignees.get(t.assignee()), now)).toList(),
        cases.timeline(c.getId()));
  }

  /** The user names of the steps' assignees, by the account key the engine keeps. */
  Map<String, String> assignees(List<StepTask> tasks) {
    List<Long> ids = new ArrayList<>();
    for (StepTask t : tasks) {
      AccountRef.idOf(t.assignee()).ifPresent(ids::add);
    }
    Map<String, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      accounts.usernames(ids).forEach((id, name) -> names.put(Long.toString(id), name));
    }
    return names;
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
