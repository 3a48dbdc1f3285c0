package io.linchpin.casework.application;

import java.util.List;
import java.util.Map;

/**
 * The steps waiting for the caller: assigned to them, or offered to one of their roles for people
 * they may see (Legal's escalation inbox is the steps offered to Legal). Claiming takes a step;
 * completing records its form on the case's timeline and moves the playbook on.
 */
public interface TaskInbox {

  /** {@code mine}: assigned to me; {@code offered}: offered to my roles, not taken; null: both. */
  List<TaskView> inbox(String filter);

  TaskView claim(String taskId);

  /** Hands a step to someone else (HR admins, or the step's current assignee). */
  TaskView reassign(String taskId, String username);

  /**
   * Completes a step with its form's values; every violation is reported by field. Answers the case
   * as it now stands (status, open steps, timeline) without its sensitive text; read the case for
   * that.
   */
  CaseView complete(String taskId, Map<String, Object> values);
}
