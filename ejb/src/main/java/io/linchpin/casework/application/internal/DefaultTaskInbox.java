package io.linchpin.casework.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.audit.domain.AuditOperation;
import io.linchpin.casework.application.CaseView;
import io.linchpin.casework.application.TaskInbox;
import io.linchpin.casework.application.TaskView;
import io.linchpin.casework.domain.CaseEvent;
import io.linchpin.casework.domain.CaseEventKind;
import io.linchpin.casework.domain.CaseFile;
import io.linchpin.casework.domain.CaseRepository;
import io.linchpin.casework.domain.Playbooks;
import io.linchpin.casework.domain.Workflow;
import io.linchpin.casework.domain.Workflow.StepTask;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.shared.ConflictException;
import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.NotFoundException;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The steps waiting for the caller, and taking, handing on and completing them. A step is offered
 * to a role; a holder of the role takes it if they may see the employee. Completing records the
 * form, sealed, on the case's timeline; the review step also closes the case.
 */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.LEGAL, Roles.BUSINESS_HEAD, Roles.LINE_MANAGER})
public class DefaultTaskInbox implements TaskInbox {

  /** An inbox shows at most this many steps, most urgent first. */
  static final int INBOX_LIMIT = 500;

  @Inject CaseRepository cases;
  @Inject Workflow workflow;
  @EJB CaseAccess access;
  @EJB EmployeeService employees;
  @Inject CaseViewer viewer;
  @Inject StepCompletion completion;
  @EJB AuditLog audit;

  private final Clock clock = Clock.systemUTC();

  @Override
  public List<TaskView> inbox(String filter) {
    if (filter != null && !Set.of("mine", "offered").contains(filter)) {
      throw new InvalidInputException("filter", "must be mine or offered");
    }
    String me = access.caller();
    List<StepTask> tasks = workflow.inbox(me, access.roles(), INBOX_LIMIT);
    Map<String, CaseFile> byInstance =
        cases.byInstances(tasks.stream().map(StepTask::instanceId).distinct().toList()).stream()
            .collect(Collectors.toMap(CaseFile::getProcessInstanceId, Function.identity()));
    Set<Long> visible =
        employees.visibleAmong(
            byInstance.values().stream().map(CaseFile::getEmployeeId).distinct().toList());
    Instant now = clock.instant();
    List<TaskView> inbox = new ArrayList<>();
    for (StepTask t : tasks) {
      CaseFile c = byInstance.get(t.instanceId());
      if (c == null) {
        continue;
      }
      boolean mine = me.equals(t.assignee());
      boolean offered = t.assignee() == null && visible.contains(c.getEmployeeId());
      if ((mine && !"offered".equals(filter)) || (offered && !"mine".equals(filter))) {
        inbox.add(CaseViews.task(t, c, now));
      }
    }
    inbox.sort(
        Comparator.comparing(TaskView::priority)
            .reversed()
            .thenComparing(TaskView::due, Comparator.nullsLast(Comparator.naturalOrder())));
    return inbox;
  }

  @Override
  public TaskView claim(String taskId) {
    Offered o = offered(taskId);
    access.refuseOwnCase(o.caseFile(), "taskId", "claim a step");
    if (o.task().assignee() != null && !o.task().assignee().equals(access.caller())) {
      throw new ConflictException("assignee", "the step was taken by " + o.task().assignee());
    }
    Instant now = clock.instant();
    workflow.assign(taskId, access.caller());
    cases.addParty(o.caseFile().getId(), access.caller(), now);
    cases.addEvent(
        new CaseEvent(
            o.caseFile(),
            now,
            access.caller(),
            CaseEventKind.STEP_CLAIMED,
            o.task().step(),
            o.task().name(),
            null));
    return CaseViews.task(workflow.task(taskId).orElseThrow(), o.caseFile(), now);
  }

  @Override
  public TaskView reassign(String taskId, String username) {
    if (username == null || username.isBlank() || username.length() > 255) {
      throw new InvalidInputException("username", "name the person who takes the step");
    }
    Offered o = offered(taskId);
    access.refuseOwnCase(o.caseFile(), "taskId", "hand on a step");
    String me = access.caller();
    if (!access.isHrAdmin() && !me.equals(o.task().assignee())) {
      throw new ConflictException(
          "assignee", "only the step's assignee or an HR admin may hand it on");
    }
    Instant now = clock.instant();
    workflow.assign(taskId, username.strip());
    cases.addParty(o.caseFile().getId(), username.strip(), now);
    cases.addEvent(
        new CaseEvent(
            o.caseFile(),
            now,
            me,
            CaseEventKind.STEP_REASSIGNED,
            o.task().step(),
            o.task().name(),
            "to " + username.strip()));
    return CaseViews.task(workflow.task(taskId).orElseThrow(), o.caseFile(), now);
  }

  @Override
  public CaseView complete(String taskId, Map<String, Object> values) {
    Offered o = offered(taskId);
    access.refuseOwnCase(o.caseFile(), "taskId", "complete a step");
    String me = access.caller();
    if (o.task().assignee() != null && !o.task().assignee().equals(me)) {
      throw new ConflictException("assignee", "the step was taken by " + o.task().assignee());
    }
    List<FieldViolation> violations = new ArrayList<>();
    Map<String, String> accepted = Playbooks.form(o.task().step()).accept(values, violations);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    CaseFile c = o.caseFile();
    completion.complete(c, o.task(), me, accepted, clock.instant());
    audit.record(
        AuditOperation.UPDATE,
        DefaultCaseService.OBJECT,
        c.getId().toString(),
        List.of("timeline"),
        c.getReference());
    // The answer shows where the case stands, not what was written: no sensitive text, no read.
    return viewer.view(c, viewer.name(c), false);
  }

  /** The step with its case, if the caller may work it; otherwise not found. */
  private Offered offered(String taskId) {
    StepTask task = workflow.task(taskId).orElseThrow(() -> new NotFoundException("Step", taskId));
    CaseFile c =
        cases.byInstances(List.of(task.instanceId())).stream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Step", taskId));
    String me = access.caller();
    boolean mine = me.equals(task.assignee());
    boolean holdsRole = access.roles().stream().anyMatch(task.roles()::contains);
    boolean seesPerson = !employees.visibleAmong(List.of(c.getEmployeeId())).isEmpty();
    if (!mine && !(holdsRole && (seesPerson || access.isHrAdmin()))) {
      audit.recordNow(
          AuditOperation.DENIED, "case-step", taskId, List.of(), c.getReference(), "OUT_OF_SCOPE");
      throw new NotFoundException("Step", taskId);
    }
    return new Offered(task, c);
  }

  private record Offered(StepTask task, CaseFile caseFile) {}
}
