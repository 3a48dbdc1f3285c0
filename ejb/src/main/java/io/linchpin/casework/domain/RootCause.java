package io.linchpin.casework.domain;

/**
 * Why the case arose (why the employee got into trouble, or may leave), recorded when it closes,
 * for the review analytics.
 */
public enum RootCause {
  FAMILY_EMERGENCY,
  MEDICAL,
  INVESTMENT_LOSS,
  GAMBLING,
  CONSUMER_DEBT,
  BUSINESS_FAILURE,
  /** Retention: pay below what the market offers. */
  COMPENSATION,
  /** Retention: no way up or no interesting work. */
  CAREER,
  /** Retention: conflict with or lack of trust in management. */
  MANAGEMENT,
  WORKLOAD,
  RELOCATION,
  OTHER
}
