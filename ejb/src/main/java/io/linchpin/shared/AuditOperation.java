package io.linchpin.shared;

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
  /** A person's data was erased (their key destroyed). */
  ERASE,
  /** A legal hold was placed or lifted. */
  LEGAL_HOLD,
  /** An account of the identity provider was bound to an employee record, or unbound. */
  BIND,
  UNBIND,
  /** Someone was given access to a record (a case party granted, a step handed on). */
  GRANT,
  /** Someone's access to a record was taken away. */
  REVOKE,
  /** Someone was refused an operation. */
  DENIED,
  LOGIN,
  /** The log itself was verified. */
  VERIFY,
  /** A consent asked for, given, refused, recorded or withdrawn. */
  CONSENT,
  /** A look-up in an external data source, or its refusal. */
  EXTERNAL_CHECK
}
