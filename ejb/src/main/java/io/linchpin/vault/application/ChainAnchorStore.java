package io.linchpin.vault.application;

import java.time.Instant;
import java.util.Optional;

/**
 * The highest point of the audit chain ever confirmed, kept outside the database, beside the keys
 * and sealed with the audit key: someone who can write the database can cut the log back or wipe it
 * and reset its head to an older, validly signed state, but cannot lower this mark. A log that ends
 * before the mark, or whose entry at the mark has another hash, has been tampered with.
 */
public interface ChainAnchorStore {

  /** A confirmed point of the chain: an entry's sequence number and hash, and when it was seen. */
  record Mark(long seq, String hash, Instant at) {}

  /**
   * The mark, or empty before the first one. Refused ({@code IllegalStateException}) when the file
   * is there but its seal does not hold.
   */
  Optional<Mark> read();

  /** Moves the mark forward to this point; a point at or below the mark changes nothing. */
  void advance(long seq, String hash);
}
