package io.linchpin.vault.infrastructure;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * The cryptography of the vault in one place: data keys (Tink AES-256-GCM keysets), their wrapping
 * by a key-encryption key with the subject as associated data, and sealing text with a data key
 * bound to where it is stored.
 */
public final class Sealing {

  static final String PREFIX = "v1:";

  static {
    try {
      AeadConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private Sealing() {}

  /** A fresh data key. */
  public static KeysetHandle newDataKey() throws GeneralSecurityException {
    return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
  }

  public static Aead aead(KeysetHandle dataKey) throws GeneralSecurityException {
    return dataKey.getPrimitive(RegistryConfiguration.get(), Aead.class);
  }

  /** The data key encrypted with the key-encryption key, bound to its subject; Base64. */
  public static String wrap(KeysetHandle dataKey, Aead kek, String subject)
      throws GeneralSecurityException {
    return Base64.getEncoder()
        .encodeToString(
            TinkProtoKeysetFormat.serializeEncryptedKeyset(
                dataKey, kek, subject.getBytes(StandardCharsets.UTF_8)));
  }

  /** Opens a wrapped data key; fails if it was wrapped for another subject or another key. */
  public static Aead unwrap(String wrapped, Aead kek, String subject)
      throws GeneralSecurityException {
    return aead(
        TinkProtoKeysetFormat.parseEncryptedKeyset(
            Base64.getDecoder().decode(wrapped), kek, subject.getBytes(StandardCharsets.UTF_8)));
  }

  /** Opens a wrapped data key as a keyset, to change its keys. */
  public static KeysetHandle unwrapKeyset(String wrapped, Aead kek, String subject)
      throws GeneralSecurityException {
    return TinkProtoKeysetFormat.parseEncryptedKeyset(
        Base64.getDecoder().decode(wrapped), kek, subject.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The keyset with a fresh key added as its primary: new values are sealed with it, values sealed
   * with the older keys still open.
   */
  public static KeysetHandle withNewPrimary(KeysetHandle dataKey) throws GeneralSecurityException {
    return KeysetHandle.newBuilder(dataKey)
        .addEntry(
            KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                .withRandomId()
                .makePrimary())
        .build();
  }

  /** The keyset reduced to its primary key: values sealed with the others no longer open. */
  public static KeysetHandle primaryOnly(KeysetHandle dataKey) throws GeneralSecurityException {
    KeysetHandle.Builder builder = KeysetHandle.newBuilder(dataKey);
    for (int i = builder.size() - 1; i >= 0; i--) {
      if (!builder.getAt(i).isPrimary()) {
        builder.deleteAt(i);
      }
    }
    return builder.build();
  }

  /**
   * The id of the key that sealed a value: Tink's ciphertexts start with a version byte and the key
   * id, so the key can be named without opening the value.
   */
  public static int keyId(byte[] ciphertext) throws GeneralSecurityException {
    if (ciphertext.length < 5 || ciphertext[0] != 1) {
      throw new GeneralSecurityException("not a Tink ciphertext");
    }
    return java.nio.ByteBuffer.wrap(ciphertext, 1, 4).getInt();
  }

  /** The id of the key that sealed a text sealed by {@link #sealText}. */
  public static int keyId(String sealed) throws GeneralSecurityException {
    if (!sealed.startsWith(PREFIX)) {
      throw new GeneralSecurityException("not a sealed value");
    }
    try {
      return keyId(Base64.getDecoder().decode(sealed.substring(PREFIX.length())));
    } catch (IllegalArgumentException e) {
      throw new GeneralSecurityException("not a sealed value", e);
    }
  }

  /** The same data key, wrapped by another key-encryption key (key rotation). */
  public static String rewrap(String wrapped, Aead oldKek, Aead newKek, String subject)
      throws GeneralSecurityException {
    byte[] ad = subject.getBytes(StandardCharsets.UTF_8);
    KeysetHandle dataKey =
        TinkProtoKeysetFormat.parseEncryptedKeyset(Base64.getDecoder().decode(wrapped), oldKek, ad);
    return Base64.getEncoder()
        .encodeToString(TinkProtoKeysetFormat.serializeEncryptedKeyset(dataKey, newKek, ad));
  }

  /** {@code table|column|rowKey}: a sealed value opens only where it was stored. */
  public static byte[] place(String table, String column, String rowKey) {
    return (table + "|" + column + "|" + rowKey).getBytes(StandardCharsets.UTF_8);
  }

  public static String sealText(Aead dataKey, byte[] place, String plaintext)
      throws GeneralSecurityException {
    return PREFIX
        + Base64.getEncoder()
            .encodeToString(dataKey.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), place));
  }

  public static String openText(Aead dataKey, byte[] place, String sealed)
      throws GeneralSecurityException {
    if (!sealed.startsWith(PREFIX)) {
      throw new GeneralSecurityException("not a sealed value");
    }
    byte[] ciphertext;
    try {
      ciphertext = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new GeneralSecurityException("not a sealed value", e);
    }
    return new String(dataKey.decrypt(ciphertext, place), StandardCharsets.UTF_8);
  }
}
