package io.linchpin.casework.domain;

/** How a case came to be: opened by hand (an intake), or from a monitoring alert. */
public enum CaseOrigin {
  MANUAL,
  ALERT
}
