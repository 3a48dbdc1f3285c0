package io.linchpin.people.domain.imports;

/** Where an import stands. A file is either imported completely or not at all. */
public enum ImportStatus {
  /** Accepted, waiting for the batch runtime. */
  QUEUED,
  /** Every row is being checked; nothing is written yet. */
  VALIDATING,
  /** Some rows are invalid; nothing was imported, the report says why. */
  REJECTED,
  /** All rows are valid and being written. */
  IMPORTING,
  /** Every row is in. */
  COMPLETED,
  /** Stopped by an unexpected error; restarting continues where it stopped. */
  FAILED;

  /** Whether the import still has work to do after a restart of the server. */
  public boolean unfinished() {
    return this == QUEUED || this == VALIDATING || this == IMPORTING;
  }
}
