package io.linchpin.vault.application;

import java.util.Map;

/** For IT: which key protects how much, and picking up a rotated keystore at once. */
public interface KeyManagement {

  KeyStatus status();

  /**
   * Removes from the keystore every key-encryption key that is not the active one and wraps no live
   * data key any more (after a rotation's re-wrapping has finished). Refused while a re-wrapping
   * runs.
   */
  Retirement retireUnused();

  /** Opens the keystore again now instead of at the next half-minute check. */
  KeyStatus reload();

  /**
   * Rotates the data key of every person in the background: each gets a new key, their data is
   * sealed again with it, and the older key is removed once no data needs it. Refused while a
   * rotation runs.
   */
  DataKeyStatus rotateDataKeys();

  /**
   * The active key-encryption key, how many data keys each key wraps, and whether data keys are
   * being re-wrapped right now.
   */
  record KeyStatus(
      String activeKek,
      java.util.List<String> keys,
      Map<String, Long> dataKeysByKek,
      boolean rewrapping,
      DataKeyStatus dataKeyRotation) {}

  /**
   * The people's data keys: how many there are, how many are still due for rotation, how many still
   * hold an older key (and how many of those can lose it now), when a key was last rotated, and
   * whether the rotation job runs.
   */
  record DataKeyStatus(
      long dataKeys,
      long due,
      long withOlderKeys,
      long retirable,
      java.time.Instant lastRotatedAt,
      boolean rotating) {}

  /** What a retirement removed, and the older keys still in use with their data-key counts. */
  record Retirement(
      java.util.List<String> retired, Map<String, Long> stillInUse, KeyStatus status) {}
}
