package io.linchpin.shared;

/**
 * Encrypts and decrypts sensitive field values for one data subject (a person). A sealed value is
 * bound to where it is stored (table, column, row key): moved to another row or column it no longer
 * opens. Implemented by the vault context; entities only see this contract.
 */
public interface FieldSealer {

  /**
   * Readies the keys of many subjects at once (one query instead of one per subject), for bulk work
   * such as an import chunk. Optional: sealing and opening work without it.
   */
  void prepare(java.util.Collection<String> subjects);

  /** Seals a value; {@code null} stays {@code null}. */
  String seal(String subject, String table, String column, String rowKey, String plaintext);

  /**
   * Opens a sealed value; {@code null} stays {@code null}. Fails with {@link SealedValueException}
   * if the value was altered, moved, or its subject erased.
   */
  String open(String subject, String table, String column, String rowKey, String sealed);

  /** Seals binary content (an uploaded file) the same way. */
  byte[] sealBytes(String subject, String table, String column, String rowKey, byte[] plaintext);

  /** Opens binary content sealed by {@link #sealBytes}. */
  byte[] openBytes(String subject, String table, String column, String rowKey, byte[] sealed);

  /**
   * Destroys the subject's key: everything sealed for the subject can never be opened again,
   * wherever a copy of it lies.
   */
  void erase(String subject);

  /**
   * Every subject whose key was destroyed, as the erasure ledger (which survives restores) lists.
   */
  java.util.List<String> erasedSubjects();

  /**
   * A keyed, truncated fingerprint of a value for exact-match search, e.g. on national ID numbers;
   * equal values give equal fingerprints, nothing else can be learned without the key.
   */
  String blindIndex(String column, String value);
}
