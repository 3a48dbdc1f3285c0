package io.linchpin.shared;

/**
 * The clear side of one sensitive text column of a {@link Sealable} entity: set in clear, sealed
 * into the entity's column before each write, and opened from that column on first use after
 * loading; null once the person it belongs to has been erased. The entity keeps the sealed column
 * and names where the value lives (subject, table, column, row key) on each call.
 */
public final class SealedText {

  private String clear;
  private FieldSealer sealer;
  private boolean open = true;

  /** A new value in clear; the entity clears its sealed column so that the change is written. */
  public void set(String value) {
    clear = value;
    open = true;
  }

  /** After loading: the value is opened from the sealed column when first asked for. */
  public void loaded(FieldSealer fieldSealer) {
    sealer = fieldSealer;
    open = false;
  }

  /** The value sealed for its column, to store. */
  public String seal(
      FieldSealer fieldSealer,
      String subject,
      String table,
      String column,
      String rowKey,
      String stored) {
    sealer = fieldSealer;
    return fieldSealer.seal(
        subject, table, column, rowKey, get(subject, table, column, rowKey, stored));
  }

  /** The value in clear, opened from the sealed column on first use; null once erased. */
  public String get(String subject, String table, String column, String rowKey, String stored) {
    if (!open && sealer != null) {
      try {
        clear = sealer.open(subject, table, column, rowKey, stored);
      } catch (ErasedSubjectException e) {
        clear = null;
      }
      open = true;
    }
    return clear;
  }
}
