package io.linchpin.casework.infrastructure;

import io.linchpin.casework.domain.CaseType;
import io.linchpin.casework.domain.Workflow;
import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskInfo;
import org.flowable.task.api.TaskQuery;
import org.flowable.validation.ProcessValidatorFactory;
import org.flowable.validation.ValidationError;

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
  public Started start(CaseType type, long caseId, String reference, Map<String, String> timers) {
    Map<String, Object> variables = new HashMap<>(timers);
    variables.put(CaseEventRecorder.CASE_ID, caseId);
    ProcessInstance started =
        engine()
            .getRuntimeService()
            .startProcessInstanceByKey(type.playbook(), reference, variables);
    return new Started(started.getProcessInstanceId(), started.getProcessDefinitionVersion());
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
  public void complete(String taskId, String username) {
    engine().getTaskService().complete(taskId, username, null);
  }

  @Override
  public PlaybookVersion deploy(CaseType type, byte[] bpmn, String source) {
    validate(type, bpmn);
    Deployment deployment;
    try {
      deployment =
          engine()
              .getRepositoryService()
              .createDeployment()
              .name("upload:" + type.playbook())
              .category(source)
              .addBytes(type.playbook() + ".bpmn20.xml", bpmn)
              .deploy();
    } catch (FlowableException e) {
      throw new InvalidInputException("bpmn", "the engine refuses it: " + e.getMessage());
    }
    ProcessDefinition definition =
        engine()
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .deploymentId(deployment.getId())
            .singleResult();
    return version(definition, deployment);
  }

  @Override
  public void validate(CaseType type, byte[] bpmn) {
    BpmnModel model;
    try {
      model =
          new BpmnXMLConverter()
              .convertToBpmnModel(
                  () -> new ByteArrayInputStream(bpmn), true, true, StandardCharsets.UTF_8.name());
    } catch (RuntimeException e) {
      throw new InvalidInputException("bpmn", "the engine cannot read it: " + e.getMessage());
    }
    List<ValidationError> errors =
        new ProcessValidatorFactory()
            .createDefaultProcessValidator().validate(model).stream()
                .filter(e -> !e.isWarning())
                .toList();
    if (!errors.isEmpty()) {
      throw new InvalidInputException(
          errors.stream()
              .map(
                  e ->
                      new FieldViolation(
                          e.getActivityId() == null ? "process" : e.getActivityId(),
                          e.getDefaultDescription()))
              .toList());
    }
  }

  @Override
  public List<PlaybookVersion> versions(CaseType type) {
    RepositoryService repository = engine().getRepositoryService();
    return repository
        .createProcessDefinitionQuery()
        .processDefinitionKey(type.playbook())
        .orderByProcessDefinitionVersion()
        .desc()
        .list()
        .stream()
        .map(
            d ->
                version(
                    d,
                    repository
                        .createDeploymentQuery()
                        .deploymentId(d.getDeploymentId())
                        .singleResult()))
        .toList();
  }

  @Override
  public Optional<byte[]> latestBpmn(CaseType type) {
    ProcessDefinition latest =
        engine()
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(type.playbook())
            .latestVersion()
            .singleResult();
    if (latest == null) {
      return Optional.empty();
    }
    try (InputStream in =
        engine()
            .getRepositoryService()
            .getResourceAsStream(latest.getDeploymentId(), latest.getResourceName())) {
      return Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the playbook " + latest.getId(), e);
    }
  }

  private static PlaybookVersion version(ProcessDefinition d, Deployment deployment) {
    String source =
        deployment.getName() != null && deployment.getName().startsWith("shipped:")
            ? "shipped"
            : deployment.getCategory();
    return new PlaybookVersion(
        d.getVersion(),
        d.getName(),
        source,
        deployment.getDeploymentTime() == null ? null : deployment.getDeploymentTime().toInstant());
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
