package io.linchpin.monitoring.domain;

/** Where an alert stands: new → triaged → a case opened, or dismissed with a reason. */
public enum AlertStatus {
  NEW,
  TRIAGED,
  CASE_OPENED,
  DISMISSED
}
