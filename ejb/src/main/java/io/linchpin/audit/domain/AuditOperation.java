package io.linchpin.audit.domain;

/** What was done. */
public enum AuditOperation {
  /** Sensitive fields were shown to someone. */
  READ_SENSITIVE,
  CREATE,
  UPDATE,
  /** A file was accepted for import. */
  IMPORT_SUBMIT,
  /** Rows of an import were written. */
  IMPORT_WRITE,
  EXPORT,
  /** Someone was refused an operation. */
  DENIED,
  LOGIN,
  /** The log itself was verified. */
  VERIFY
}
