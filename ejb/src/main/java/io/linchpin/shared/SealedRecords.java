package io.linchpin.shared;

import java.util.Collection;

/**
 * What a context holds sealed with a person's data key. Each context that stores {@link Sealable}
 * records (or files whose keys the person's key wraps) provides one, so that rotating the person's
 * key can seal all of it again without the vault knowing any context.
 */
public interface SealedRecords {

  /**
   * Seals again, in the current transaction, every sensitive value this context holds for these
   * subjects, each with its subject's current data key, and writes it; returns how many records.
   */
  int reseal(Collection<String> subjects);
}
