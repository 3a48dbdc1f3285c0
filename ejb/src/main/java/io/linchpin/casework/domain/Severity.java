package io.linchpin.casework.domain;

public enum Severity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL
}
