package io.linchpin.casework.domain;

import java.time.Instant;
import java.util.List;

/**
 * What the workflow engine tells casework while a playbook runs. Called inside the engine's
 * transaction, so the timeline and the engine's state commit together.
 */
public interface CaseSignals {

  void stepStarted(long caseId, String step, String name, List<String> roles, Instant due);

  void stepReminder(long caseId, String step, String name, String assignee, List<String> roles);

  /** A step missed its deadline: it is escalated to HR admins. */
  void stepOverdue(long caseId, String step, String name);

  void caseOverdue(long caseId);

  /** The employee did not respond within the window: the decision may now be taken. */
  void responseWindowEnded(long caseId);

  void playbookEnded(long caseId);
}
