package io.linchpin.corerole.domain;

/** When a successor candidate could take over. */
public enum Readiness {
  READY_NOW,
  ONE_TO_TWO_YEARS,
  LATER
}
