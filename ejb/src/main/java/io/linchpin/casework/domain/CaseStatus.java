package io.linchpin.casework.domain;

/** Open while its playbook runs; closed when the playbook ends. */
public enum CaseStatus {
  OPEN,
  CLOSED
}
