package io.linchpin.vault.application;

import java.util.Map;

/** For IT: which key protects how much, and picking up a rotated keystore at once. */
public interface KeyManagement {

  KeyStatus status();

  /** Opens the keystore again now instead of at the next half-minute check. */
  KeyStatus reload();

  /**
   * The active key-encryption key, how many data keys each key wraps, and whether data keys are
   * being re-wrapped right now.
   */
  record KeyStatus(String activeKek, Map<String, Long> dataKeysByKek, boolean rewrapping) {}
}
