package io.linchpin.casework.domain;

/**
 * {@code RESTRICTED} cases are kept out of role inboxes' previews: their summary is shown only to
 * the case's parties and HR admins, never to someone who merely holds the role of an open step.
 */
public enum Confidentiality {
  NORMAL,
  RESTRICTED
}
