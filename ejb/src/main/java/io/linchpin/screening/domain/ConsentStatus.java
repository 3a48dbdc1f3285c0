package io.linchpin.screening.domain;

/** Where a consent stands. Only an {@link #ACTIVE} consent within its validity allows a check. */
public enum ConsentStatus {
  /** HR has asked; the employee has not answered yet. */
  REQUESTED,
  /** Given, by the employee in the portal or on a signed form. */
  ACTIVE,
  /** The employee said no. */
  REFUSED,
  /** Given, then taken back; nothing more may be fetched under it. */
  WITHDRAWN,
  /** Given, but its validity has ended. */
  EXPIRED
}
