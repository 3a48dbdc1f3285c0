package io.linchpin.casework.domain;

/** Planned → in progress → done (with an outcome) or cancelled; done and cancelled are final. */
public enum InterventionStatus {
  PLANNED,
  IN_PROGRESS,
  DONE,
  CANCELLED;

  public boolean isFinal() {
    return this == DONE || this == CANCELLED;
  }
}
