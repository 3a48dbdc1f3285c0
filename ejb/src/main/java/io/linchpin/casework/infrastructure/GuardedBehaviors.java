package io.linchpin.casework.infrastructure;

import io.linchpin.casework.domain.PlaybookPolicy;
import java.util.Set;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.BusinessRuleTask;
import org.flowable.bpmn.model.CallActivity;
import org.flowable.bpmn.model.CaseServiceTask;
import org.flowable.bpmn.model.ExternalWorkerServiceTask;
import org.flowable.bpmn.model.FieldExtension;
import org.flowable.bpmn.model.ScriptTask;
import org.flowable.bpmn.model.SendEventServiceTask;
import org.flowable.bpmn.model.SendTask;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.impl.scripting.FlowableScriptEngine;
import org.flowable.engine.impl.bpmn.behavior.CallActivityBehavior;
import org.flowable.engine.impl.bpmn.behavior.CaseTaskActivityBehavior;
import org.flowable.engine.impl.bpmn.behavior.DmnActivityBehavior;
import org.flowable.engine.impl.bpmn.behavior.ExternalWorkerTaskActivityBehavior;
import org.flowable.engine.impl.bpmn.behavior.ScriptTaskActivityBehavior;
import org.flowable.engine.impl.bpmn.behavior.SendEventTaskActivityBehavior;
import org.flowable.engine.impl.bpmn.behavior.ServiceTaskDelegateExpressionActivityBehavior;
import org.flowable.engine.impl.bpmn.behavior.ServiceTaskExpressionActivityBehavior;
import org.flowable.engine.impl.bpmn.behavior.ShellActivityBehavior;
import org.flowable.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.flowable.engine.impl.bpmn.behavior.WebServiceActivityBehavior;
import org.flowable.engine.impl.bpmn.helper.ClassDelegate;
import org.flowable.engine.impl.bpmn.parser.factory.DefaultActivityBehaviorFactory;
import org.flowable.engine.impl.delegate.ActivityBehavior;

/**
 * The engine's second line behind {@link PlaybookPolicy}: whatever reaches the engine, it builds
 * behaviour only for what a playbook may do. Shell, script, HTTP, Camel, mail, web-service, DMN,
 * external-worker, event-sending, case and call-activity tasks, and service tasks by expression or
 * delegate expression, are refused when a playbook is deployed; Java steps only by Linchpin's
 * registered classes with fixed field values; a user task's documentation is never evaluated (it is
 * dropped from the runtime model: steps show their own texts). Mule tasks do not exist in this
 * engine version, so there is nothing to refuse for them.
 */
final class GuardedBehaviors extends DefaultActivityBehaviorFactory {

  /** A script engine that runs nothing: the engine has no script language. */
  static final FlowableScriptEngine NO_SCRIPTS =
      () -> {
        throw refused("scripts");
      };

  private static FlowableException refused(String what) {
    return new FlowableException(what + " are not allowed in a playbook");
  }

  @Override
  public ClassDelegate createClassDelegateServiceTask(ServiceTask task) {
    Set<String> fields = PlaybookPolicy.JAVA_STEPS.get(task.getImplementation());
    if (fields == null) {
      throw new FlowableException(
          "service task " + task.getId() + " calls a class that is not one of Linchpin's steps");
    }
    for (FieldExtension field : task.getFieldExtensions()) {
      if (!fields.contains(field.getFieldName())
          || field.getExpression() != null
          || field.getStringValue() == null
          || field.getStringValue().contains("${")
          || field.getStringValue().contains("#{")) {
        throw new FlowableException(
            "service task " + task.getId() + " sets a field that is not a fixed value of its step");
      }
    }
    if (!task.getExecutionListeners().isEmpty() || task.getOperationRef() != null) {
      throw refused("listeners");
    }
    return super.createClassDelegateServiceTask(task);
  }

  @Override
  public UserTaskActivityBehavior createUserTaskActivityBehavior(UserTask task) {
    task.setDocumentation(null);
    if (!task.getTaskListeners().isEmpty() || !task.getExecutionListeners().isEmpty()) {
      throw refused("listeners");
    }
    return super.createUserTaskActivityBehavior(task);
  }

  @Override
  public ServiceTaskDelegateExpressionActivityBehavior
      createServiceTaskDelegateExpressionActivityBehavior(ServiceTask task) {
    throw refused("delegate expressions");
  }

  @Override
  public ServiceTaskExpressionActivityBehavior createServiceTaskExpressionActivityBehavior(
      ServiceTask task) {
    throw refused("expression tasks");
  }

  @Override
  public WebServiceActivityBehavior createWebServiceActivityBehavior(
      ServiceTask task, BpmnModel model) {
    throw refused("web-service tasks");
  }

  @Override
  public WebServiceActivityBehavior createWebServiceActivityBehavior(
      SendTask task, BpmnModel model) {
    throw refused("web-service tasks");
  }

  @Override
  public ActivityBehavior createMailActivityBehavior(ServiceTask task) {
    throw refused("mail tasks");
  }

  @Override
  public ActivityBehavior createMailActivityBehavior(SendTask task) {
    throw refused("mail tasks");
  }

  @Override
  public DmnActivityBehavior createDmnActivityBehavior(ServiceTask task) {
    throw refused("decision tasks");
  }

  @Override
  public DmnActivityBehavior createDmnActivityBehavior(SendTask task) {
    throw refused("decision tasks");
  }

  @Override
  public ActivityBehavior createCamelActivityBehavior(ServiceTask task) {
    throw refused("Camel tasks");
  }

  @Override
  public ActivityBehavior createCamelActivityBehavior(SendTask task) {
    throw refused("Camel tasks");
  }

  @Override
  public ShellActivityBehavior createShellActivityBehavior(ServiceTask task) {
    throw refused("shell tasks");
  }

  @Override
  public ActivityBehavior createHttpActivityBehavior(ServiceTask task) {
    throw refused("HTTP tasks");
  }

  @Override
  public ActivityBehavior createBusinessRuleTaskActivityBehavior(BusinessRuleTask task) {
    throw refused("business-rule tasks");
  }

  @Override
  public ScriptTaskActivityBehavior createScriptTaskActivityBehavior(ScriptTask task) {
    throw refused("script tasks");
  }

  @Override
  public SendEventTaskActivityBehavior createSendEventTaskBehavior(SendEventServiceTask task) {
    throw refused("event-sending tasks");
  }

  @Override
  public ExternalWorkerTaskActivityBehavior createExternalWorkerTaskBehavior(
      ExternalWorkerServiceTask task) {
    throw refused("external-worker tasks");
  }

  @Override
  public CallActivityBehavior createCallActivityBehavior(CallActivity activity) {
    throw refused("call activities");
  }

  @Override
  public CaseTaskActivityBehavior createCaseTaskBehavior(CaseServiceTask task) {
    throw refused("case tasks");
  }
}
