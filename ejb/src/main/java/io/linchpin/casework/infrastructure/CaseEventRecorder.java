package io.linchpin.casework.infrastructure;

import io.linchpin.casework.domain.CaseSignals;
import java.util.List;
import java.util.Set;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.common.engine.api.delegate.event.FlowableEventType;
import org.flowable.engine.impl.util.ProcessDefinitionUtil;
import org.flowable.task.api.Task;
import org.flowable.variable.api.delegate.VariableScope;

/**
 * Turns what the engine does into the case's timeline: a step started (with the roles it is offered
 * to, from the playbook), the playbook ended. Runs inside the engine's transaction and fails it on
 * error, so the engine and the timeline never disagree.
 */
final class CaseEventRecorder implements FlowableEventListener {

  static final String CASE_ID = "caseId";

  private final CaseSignals signals;

  CaseEventRecorder(CaseSignals signals) {
    this.signals = signals;
  }

  @Override
  public void onEvent(FlowableEvent event) {
    if (event.getType() == FlowableEngineEventType.TASK_CREATED) {
      Task task = (Task) ((FlowableEntityEvent) event).getEntity();
      Long caseId = caseId((VariableScope) task);
      if (caseId != null) {
        signals.stepStarted(
            caseId,
            task.getTaskDefinitionKey(),
            task.getName(),
            roles(task.getProcessDefinitionId(), task.getTaskDefinitionKey()),
            task.getDueDate() == null ? null : task.getDueDate().toInstant());
      }
    } else if (event.getType() == FlowableEngineEventType.PROCESS_COMPLETED) {
      Object instance = ((FlowableEntityEvent) event).getEntity();
      Long caseId = caseId((VariableScope) instance);
      if (caseId != null) {
        signals.playbookEnded(caseId);
      }
    }
  }

  static Long caseId(VariableScope scope) {
    Object id = scope.getVariable(CASE_ID);
    return id instanceof Number n ? n.longValue() : null;
  }

  /** The roles a step is offered to, as the playbook declares them. */
  static List<String> roles(String processDefinitionId, String step) {
    FlowElement element =
        ProcessDefinitionUtil.getBpmnModel(processDefinitionId).getFlowElement(step);
    return element instanceof UserTask user ? List.copyOf(user.getCandidateGroups()) : List.of();
  }

  @Override
  public boolean isFailOnException() {
    return true;
  }

  @Override
  public boolean isFireOnTransactionLifecycleEvent() {
    return false;
  }

  @Override
  public String getOnTransaction() {
    return null;
  }

  @Override
  public java.util.Collection<? extends FlowableEventType> getTypes() {
    return Set.of(FlowableEngineEventType.TASK_CREATED, FlowableEngineEventType.PROCESS_COMPLETED);
  }
}
