package io.linchpin.screening.domain;

/** How a consent was given. */
public enum ConsentEvidence {
  /** In the portal, by the employee's own signed-in account (issuer and subject kept). */
  E_CONSENT,
  /** On paper, signed by the employee; the scan is kept as an attachment of the person. */
  SIGNED_FORM
}
