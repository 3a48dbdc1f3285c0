package io.linchpin.monitoring.domain;

/** How urgently an alert asks for attention. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH
}
