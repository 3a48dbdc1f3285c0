package io.linchpin.casework.domain;

/** The kinds of case Linchpin runs, each worked through its own playbook. */
public enum CaseType {
  /** Debt collectors or other outsiders harass the company about an employee. */
  DEBT_COLLECTION("debtCollection"),
  /** A background check found something adverse about an employee. */
  ADVERSE_FINDING("adverseFinding"),
  /** A core employee may leave. */
  RETENTION_RISK("retentionRisk");

  private final String playbook;

  CaseType(String playbook) {
    this.playbook = playbook;
  }

  /** The key of the playbook (BPMN process) that works this type of case. */
  public String playbook() {
    return playbook;
  }
}
