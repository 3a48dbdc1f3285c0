package io.linchpin.people.domain.imports;

import java.util.Optional;

/** What a file holds, and the batch job that imports it. */
public enum ImportKind {
  EMPLOYEES("employees", "employee-import"),
  ORG_UNITS("org-units", "org-unit-import"),
  /** Records of one collection of a core-role module; the job names it as its target. */
  MODULE_RECORDS("module-records", "module-record-import"),
  /** Internal signals per person and month. */
  SIGNALS("signals", "signal-import");

  private final String apiName;
  private final String jobName;

  ImportKind(String apiName, String jobName) {
    this.apiName = apiName;
    this.jobName = jobName;
  }

  /** The name in the API path and in the import's record. */
  public String apiName() {
    return apiName;
  }

  public String jobName() {
    return jobName;
  }

  public static Optional<ImportKind> forApiName(String name) {
    for (ImportKind kind : values()) {
      if (kind.apiName.equals(name)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
