package io.linchpin.casework.infrastructure;

import io.linchpin.casework.domain.CaseType;
import io.linchpin.casework.domain.Workflow;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowable.engine.ProcessEngine;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskInfo;
import org.flowable.task.api.TaskQuery;

/** The workflow port on the embedded Flowable engine. */
@ApplicationScoped
public class FlowableWorkflow implements Workflow {

  @EJB CaseEngine caseEngine;

  private ProcessEngine engine() {
    return caseEngine.engine();
  }

  @Override
  public boolean hasPlaybook(CaseType type) {
    return engine()
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(type.playbook())
            .latestVersion()
            .count()
        > 0;
  }

  @Override
  public String start(CaseType type, long caseId, String reference, Map<String, String> timers) {
    Map<String, Object> variables = new HashMap<>(timers);
    variables.put(CaseEventRecorder.CASE_ID, caseId);
    return engine()
        .getRuntimeService()
        .startProcessInstanceByKey(type.playbook(), reference, variables)
        .getProcessInstanceId();
  }

  @Override
  public Optional<StepTask> task(String taskId) {
    if (taskId == null || taskId.length() > 64) {
      return Optional.empty();
    }
    Task task =
        engine()
            .getTaskService()
            .createTaskQuery()
            .taskId(taskId)
            .includeIdentityLinks()
            .singleResult();
    return Optional.ofNullable(task).map(FlowableWorkflow::view);
  }

  @Override
  public List<StepTask> inbox(String username, Collection<String> roles, int max) {
    TaskQuery query = engine().getTaskService().createTaskQuery().active();
    query =
        roles.isEmpty()
            ? query.taskAssignee(username)
            : query.taskCandidateOrAssigned(username).taskCandidateGroupIn(roles);
    return query
        .includeIdentityLinks()
        .orderByTaskPriority()
        .desc()
        .orderByTaskDueDate()
        .asc()
        .listPage(0, max)
        .stream()
        .map(FlowableWorkflow::view)
        .toList();
  }

  @Override
  public List<StepTask> openTasks(String instanceId) {
    if (instanceId == null) {
      return List.of();
    }
    return engine()
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instanceId)
        .includeIdentityLinks()
        .orderByTaskCreateTime()
        .asc()
        .list()
        .stream()
        .map(FlowableWorkflow::view)
        .toList();
  }

  @Override
  public List<String> instancesOfferedTo(Collection<String> roles) {
    return engine()
        .getTaskService()
        .createTaskQuery()
        .active()
        .taskCandidateGroupIn(roles)
        .list()
        .stream()
        .map(TaskInfo::getProcessInstanceId)
        .distinct()
        .toList();
  }

  @Override
  public void assign(String taskId, String username) {
    engine().getTaskService().setAssignee(taskId, username);
  }

  @Override
  public void complete(String taskId) {
    engine().getTaskService().complete(taskId);
  }

  @Override
  public boolean hasEnded(String instanceId) {
    return engine()
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(instanceId)
            .count()
        == 0;
  }

  private static StepTask view(TaskInfo t) {
    List<String> roles =
        t.getIdentityLinks().stream()
            .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
            .map(IdentityLinkInfo::getGroupId)
            .distinct()
            .toList();
    return new StepTask(
        t.getId(),
        t.getProcessInstanceId(),
        t.getTaskDefinitionKey(),
        t.getName(),
        t.getAssignee(),
        roles,
        t.getCreateTime() == null ? null : t.getCreateTime().toInstant(),
        t.getDueDate() == null ? null : t.getDueDate().toInstant(),
        t.getPriority());
  }
}
