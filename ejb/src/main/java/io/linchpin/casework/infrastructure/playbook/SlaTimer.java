package io.linchpin.casework.infrastructure.playbook;

import io.linchpin.casework.domain.CaseSignals;
import io.linchpin.casework.domain.CaseSla;
import io.linchpin.shared.Roles;
import java.util.List;
import org.flowable.common.engine.api.delegate.Expression;
import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;

/**
 * What a playbook's SLA timer does when it fires. Fields: {@code step} (a step key, or {@code CASE}
 * for the whole case) and {@code event} ({@code reminder}, {@code breach} or {@code windowEnded}).
 * A reminder tells the step's owner; a breach escalates the step to HR admins (offered to them too,
 * raised in priority) or marks the whole case overdue; the end of a response window is put on the
 * timeline.
 */
public class SlaTimer implements JavaDelegate {

  /** The escalated step's priority: above every step that is still on time. */
  static final int ESCALATED_PRIORITY = 80;

  private Expression step;
  private Expression event;

  @Override
  public void execute(DelegateExecution execution) {
    ProcessEngineConfigurationImpl engine = CommandContextUtil.getProcessEngineConfiguration();
    CaseSignals signals = (CaseSignals) engine.getBeans().get("caseSignals");
    long caseId = ((Number) execution.getVariable("caseId")).longValue();
    String stepKey = (String) step.getValue(execution);
    String kind = (String) event.getValue(execution);
    if ("windowEnded".equals(kind)) {
      signals.responseWindowEnded(caseId);
      return;
    }
    boolean breach = "breach".equals(kind);
    if (CaseSla.WHOLE_CASE.equals(stepKey)) {
      if (breach) {
        signals.caseOverdue(caseId);
      }
      return;
    }
    TaskService tasks = engine.getTaskService();
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceId(execution.getProcessInstanceId())
            .taskDefinitionKey(stepKey)
            .singleResult();
    if (task == null) {
      return; // the step finished in the same instant
    }
    if (breach) {
      tasks.addCandidateGroup(task.getId(), Roles.HR_ADMIN);
      tasks.setPriority(task.getId(), Math.max(task.getPriority(), ESCALATED_PRIORITY));
      signals.stepOverdue(caseId, stepKey, task.getName());
    } else {
      List<String> roles =
          tasks.getIdentityLinksForTask(task.getId()).stream()
              .map(IdentityLink::getGroupId)
              .filter(g -> g != null)
              .toList();
      signals.stepReminder(caseId, stepKey, task.getName(), task.getAssignee(), roles);
    }
  }
}
