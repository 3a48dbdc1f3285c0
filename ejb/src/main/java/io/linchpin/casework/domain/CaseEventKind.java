package io.linchpin.casework.domain;

/** What a timeline entry records. */
public enum CaseEventKind {
  OPENED,
  STEP_STARTED,
  STEP_CLAIMED,
  STEP_REASSIGNED,
  /** An HR admin gave an account a part in the case. */
  PARTY_GRANTED,
  /** An HR admin took an account's part in the case away. */
  PARTY_REVOKED,
  STEP_COMPLETED,
  NOTE,
  ATTACHMENT_ADDED,
  REMINDER,
  STEP_OVERDUE,
  CASE_OVERDUE,
  /** The employee's response window ended without a recorded response. */
  RESPONSE_WINDOW_ENDED,
  INTERVENTION_PLANNED,
  INTERVENTION_UPDATED,
  REPAYMENT,
  CLOSED
}
