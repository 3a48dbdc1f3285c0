package io.linchpin.vault.infrastructure;

import io.linchpin.shared.FieldSealer;
import io.linchpin.shared.SealedValueException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;

/**
 * Seals values with the subject's data key (AES-256-GCM through Tink). The associated data is
 * {@code table|column|rowKey}, so a sealed value opens only where it was written. Stored form:
 * {@code v1:} and the Base64 of Tink's ciphertext (which names the key that made it).
 */
@ApplicationScoped
public class TinkFieldSealer implements FieldSealer {

  /** Bytes of HMAC-SHA256 kept for a blind index: 64 bits, see the security guide. */
  static final int BLIND_INDEX_BYTES = 8;

  @Inject SubjectKeys keys;
  @Inject KeyRing keyRing;

  /** A Mac per thread: creating one per call costs more than computing the index. */
  private final ThreadLocal<Mac> macs =
      ThreadLocal.withInitial(
          () -> {
            try {
              Mac mac = Mac.getInstance("HmacSHA256");
              mac.init(keyRing.blindIndexKey());
              return mac;
            } catch (NoSuchAlgorithmException | InvalidKeyException e) {
              throw new IllegalStateException("the blind-index key cannot be used", e);
            }
          });

  @Override
  public void prepare(java.util.Collection<String> subjects) {
    keys.prepare(subjects);
  }

  @Override
  public String seal(String subject, String table, String column, String rowKey, String plaintext) {
    if (plaintext == null) {
      return null;
    }
    try {
      return Sealing.sealText(
          keys.forSubject(subject), Sealing.place(table, column, rowKey), plaintext);
    } catch (GeneralSecurityException e) {
      throw new SealedValueException("a value of " + table + "." + column + " cannot be sealed", e);
    }
  }

  @Override
  public String open(String subject, String table, String column, String rowKey, String sealed) {
    if (sealed == null) {
      return null;
    }
    byte[] place = Sealing.place(table, column, rowKey);
    try {
      try {
        return Sealing.openText(keys.forSubject(subject), place, sealed);
      } catch (GeneralSecurityException e) {
        // Perhaps sealed with a data key rotated on another server since this one cached it.
        return Sealing.openText(keys.refresh(subject), place, sealed);
      }
    } catch (GeneralSecurityException e) {
      throw new SealedValueException(
          "the value of "
              + table
              + "."
              + column
              + " for "
              + rowKey
              + " does not open: altered, moved or sealed with another key",
          e);
    }
  }

  @Override
  public byte[] sealBytes(
      String subject, String table, String column, String rowKey, byte[] plaintext) {
    try {
      return keys.forSubject(subject).encrypt(plaintext, Sealing.place(table, column, rowKey));
    } catch (GeneralSecurityException e) {
      throw new SealedValueException("content of " + table + "." + column + " cannot be sealed", e);
    }
  }

  @Override
  public byte[] openBytes(
      String subject, String table, String column, String rowKey, byte[] sealed) {
    byte[] place = Sealing.place(table, column, rowKey);
    try {
      try {
        return keys.forSubject(subject).decrypt(sealed, place);
      } catch (GeneralSecurityException e) {
        return keys.refresh(subject).decrypt(sealed, place);
      }
    } catch (GeneralSecurityException e) {
      throw new SealedValueException(
          "content of " + table + "." + column + " for " + rowKey + " does not open", e);
    }
  }

  @Override
  public void erase(String subject) {
    keys.erase(subject);
  }

  @Override
  public java.util.List<String> erasedSubjects() {
    return keys.erasedSubjects();
  }

  @Override
  public String blindIndex(String column, String value) {
    Mac mac = macs.get();
    byte[] digest = mac.doFinal((column + "|" + value).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, BLIND_INDEX_BYTES);
  }
}
