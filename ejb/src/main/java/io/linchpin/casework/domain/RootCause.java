package io.linchpin.casework.domain;

/** Why the employee got into trouble, recorded when a case closes, for the review analytics. */
public enum RootCause {
  FAMILY_EMERGENCY,
  MEDICAL,
  INVESTMENT_LOSS,
  GAMBLING,
  CONSUMER_DEBT,
  BUSINESS_FAILURE,
  OTHER
}
