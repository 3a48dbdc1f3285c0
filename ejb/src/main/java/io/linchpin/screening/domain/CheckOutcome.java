package io.linchpin.screening.domain;

/** How an external check ended. */
public enum CheckOutcome {
  /** The source answered; what it found is kept. */
  DONE,
  /** No valid consent for the category and purpose: the source was not asked. */
  REFUSED,
  /** The source could not answer (down, timed out, malformed reply); nothing is kept. */
  FAILED
}
