package io.linchpin.casework.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The port to the workflow engine that runs playbooks. Every call joins the caller's transaction: a
 * case started in a transaction that rolls back leaves nothing in the engine either. Never give it
 * sensitive values: the engine stores variables in clear.
 */
public interface Workflow {

  /** Whether a playbook for this type of case is deployed. */
  boolean hasPlaybook(CaseType type);

  /**
   * Starts the playbook of a case; {@code timers} are the ISO-8601 durations of its SLA timers by
   * name.
   */
  Started start(CaseType type, long caseId, String reference, Map<String, String> timers);

  /** A started playbook: the engine's instance id and the playbook version it runs. */
  record Started(String instanceId, int version) {}

  Optional<StepTask> task(String taskId);

  /** Open tasks assigned to the user, or offered to one of the roles and not yet taken. */
  List<StepTask> inbox(String username, Collection<String> roles, int max);

  /** The open tasks of one case's playbook. */
  List<StepTask> openTasks(String instanceId);

  /** The instances with an open task offered to one of these roles. */
  List<String> instancesOfferedTo(Collection<String> roles);

  void assign(String taskId, String username);

  /** Completes a step on behalf of the user, who is recorded as its completer. */
  void complete(String taskId, String username);

  /**
   * Deploys a new version of a type's playbook, already checked by {@link PlaybookPolicy}; the
   * engine's own checks may still refuse it. Running cases stay on their version.
   */
  PlaybookVersion deploy(CaseType type, byte[] bpmn, String source);

  /**
   * The engine's own checks of a playbook already checked by {@link PlaybookPolicy}, without
   * deploying it; refused with {@code InvalidInputException} naming each problem.
   */
  void validate(CaseType type, byte[] bpmn);

  /** Every deployed version of a type's playbook, newest first. */
  List<PlaybookVersion> versions(CaseType type);

  /** The BPMN file of the newest version, to edit in a modeler. */
  Optional<byte[]> latestBpmn(CaseType type);

  /** A deployed playbook version. {@code source}: {@code shipped} or who uploaded it. */
  record PlaybookVersion(int version, String name, String source, Instant deployedAt) {}

  /** An open step of a playbook, as the engine holds it. */
  record StepTask(
      String id,
      String instanceId,
      String step,
      String name,
      String assignee,
      List<String> roles,
      Instant created,
      Instant due,
      int priority) {}
}
