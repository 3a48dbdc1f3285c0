package io.linchpin.casework.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.casework.application.CaseView;
import io.linchpin.casework.application.TaskInbox;
import io.linchpin.casework.application.TaskView;
import io.linchpin.casework.domain.CaseEvent;
import io.linchpin.casework.domain.CaseEventKind;
import io.linchpin.casework.domain.CaseFile;
import io.linchpin.casework.domain.CaseParty;
import io.linchpin.casework.domain.CaseParty.How;
import io.linchpin.casework.domain.CaseRepository;
import io.linchpin.casework.domain.Playbooks;
import io.linchpin.casework.domain.Workflow;
import io.linchpin.casework.domain.Workflow.StepTask;
import io.linchpin.people.application.AccountRef;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.shared.AuditOperation;
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
 * to a role; a holder of the role takes it if they may see the employee. It is handed on only to an
 * account that holds one of its roles and whose scope covers the employee, and that account becomes
 * a party of the case, on the audit log. Completing records the form, sealed, on the case's
 * timeline; the review step also closes the case.
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
    AccountRef me = access.me();
    List<String> roles = access.roles();
    List<StepTask> tasks = workflow.inbox(me.key(), roles, INBOX_LIMIT);
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
      // A step shows only while its holder could work it: the role and the person in scope.
      if (c == null
          || !visible.contains(c.getEmployeeId())
          || t.roles().stream().noneMatch(roles::contains)) {
        continue;
      }
      boolean mine = me.key().equals(t.assignee());
      boolean offered = t.assignee() == null;
      if ((mine && !"offered".equals(filter)) || (offered && !"mine".equals(filter))) {
        inbox.add(CaseViews.task(t, c, mine ? me.username() : null, now));
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
    Offered o = offered(taskId, false);
    access.refuseOwnCase(o.caseFile(), "taskId", "claim a step");
    AccountRef me = access.me();
    refuseTaken(o.task(), me);
    Instant now = clock.instant();
    workflow.assign(taskId, me.key());
    cases.addParty(
        new CaseParty(o.caseFile().getId(), me.id(), me.username(), How.CLAIMED, null, now));
    cases.addEvent(
        new CaseEvent(
            o.caseFile(),
            now,
            me.username(),
            CaseEventKind.STEP_CLAIMED,
            o.task().step(),
            o.task().name(),
            null));
    return CaseViews.task(workflow.task(taskId).orElseThrow(), o.caseFile(), me.username(), now);
  }

  @Override
  public TaskView reassign(String taskId, String username) {
    Offered o = offered(taskId, access.isHrAdmin());
    access.refuseOwnCase(o.caseFile(), "taskId", "hand on a step");
    AccountRef me = access.me();
    if (!access.isHrAdmin() && !me.key().equals(o.task().assignee())) {
      throw new ConflictException(
          "assignee", "only the step's assignee or an HR admin may hand it on");
    }
    AccountRef to =
        access.accountToWork(o.caseFile(), username, o.task().roles(), "hand the step on");
    Instant now = clock.instant();
    workflow.assign(taskId, to.key());
    cases.addParty(
        new CaseParty(
            o.caseFile().getId(), to.id(), to.username(), How.HANDED, me.username(), now));
    cases.addEvent(
        new CaseEvent(
            o.caseFile(),
            now,
            me.username(),
            CaseEventKind.STEP_REASSIGNED,
            o.task().step(),
            o.task().name(),
            "to " + to.username()));
    audit.record(
        AuditOperation.GRANT,
        DefaultCaseService.OBJECT,
        o.caseFile().getId().toString(),
        List.of("party"),
        "step handed to account " + to.id());
    return CaseViews.task(workflow.task(taskId).orElseThrow(), o.caseFile(), to.username(), now);
  }

  @Override
  public CaseView complete(String taskId, Map<String, Object> values) {
    Offered o = offered(taskId, false);
    access.refuseOwnCase(o.caseFile(), "taskId", "complete a step");
    AccountRef me = access.me();
    refuseTaken(o.task(), me);
    List<FieldViolation> violations = new ArrayList<>();
    Map<String, String> accepted = Playbooks.form(o.task().step()).accept(values, violations);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    CaseFile c = o.caseFile();
    completion.complete(c, o.task(), me.username(), me, accepted, clock.instant());
    audit.record(
        AuditOperation.UPDATE,
        DefaultCaseService.OBJECT,
        c.getId().toString(),
        List.of("timeline"),
        c.getReference());
    // The answer shows where the case stands, not what was written: no sensitive text, no read.
    return viewer.view(c, viewer.name(c), false);
  }

  /** Refused when another account has taken the step. */
  private void refuseTaken(StepTask task, AccountRef me) {
    if (task.assignee() != null && !task.assignee().equals(me.key())) {
      String by = viewer.assignees(List.of(task)).getOrDefault(task.assignee(), "someone else");
      throw new ConflictException("assignee", "the step was taken by " + by);
    }
  }

  /**
   * The step with its case, if the caller may work it: they hold one of its roles and may see the
   * person (an assignment alone is not enough once the role or the scope is gone), or they are an
   * HR admin handing it on ({@code anyRole}); otherwise not found.
   */
  private Offered offered(String taskId, boolean anyRole) {
    StepTask task = workflow.task(taskId).orElseThrow(() -> new NotFoundException("Step", taskId));
    CaseFile c =
        cases.byInstances(List.of(task.instanceId())).stream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Step", taskId));
    boolean holdsRole = anyRole || access.roles().stream().anyMatch(task.roles()::contains);
    boolean seesPerson = !employees.visibleAmong(List.of(c.getEmployeeId())).isEmpty();
    if (!holdsRole || !seesPerson) {
      audit.recordNow(
          AuditOperation.DENIED, "case-step", taskId, List.of(), c.getReference(), "OUT_OF_SCOPE");
      throw new NotFoundException("Step", taskId);
    }
    return new Offered(task, c);
  }

  private record Offered(StepTask task, CaseFile caseFile) {}
}
