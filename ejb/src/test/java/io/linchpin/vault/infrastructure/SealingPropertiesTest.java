package io.linchpin.vault.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.subtle.AesGcmJce;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class SealingPropertiesTest {

  private static final int CHANCE_FREE_LENGTH = 8;
  private static final Aead DATA_KEY = newAead();
  private static final Aead OTHER_DATA_KEY = newAead();

  @Property
  void sealedTextOpensWhereItWasStored(
      @ForAll @StringLength(max = 300) String plaintext,
      @ForAll @StringLength(min = 1, max = 20) String rowKey)
      throws GeneralSecurityException {
    byte[] place = Sealing.place("employee", "national_id", rowKey);
    String sealed = Sealing.sealText(DATA_KEY, place, plaintext);
    // A short plaintext ("+", "v1") can stand in the Base64 of any seal by chance; from eight
    // characters on, a chance match is below one in 10^12 per seal.
    assertFalse(
        plaintext.length() >= CHANCE_FREE_LENGTH && sealed.contains(plaintext),
        "no clear text in the seal");
    assertEquals(plaintext, Sealing.openText(DATA_KEY, place, sealed));
  }

  @Property
  void aSealMovedToAnotherRowOrColumnDoesNotOpen(
      @ForAll @StringLength(min = 1, max = 50) String plaintext,
      @ForAll @StringLength(min = 1, max = 20) String rowKey)
      throws GeneralSecurityException {
    String sealed =
        Sealing.sealText(DATA_KEY, Sealing.place("employee", "national_id", rowKey), plaintext);
    assertThrows(
        GeneralSecurityException.class,
        () ->
            Sealing.openText(
                DATA_KEY, Sealing.place("employee", "national_id", rowKey + "x"), sealed));
    assertThrows(
        GeneralSecurityException.class,
        () ->
            Sealing.openText(DATA_KEY, Sealing.place("employee", "bank_account", rowKey), sealed));
  }

  @Property
  void flippingAnyBitBreaksTheSeal(
      @ForAll @StringLength(min = 1, max = 50) String plaintext, @ForAll @IntRange(min = 0) int bit)
      throws GeneralSecurityException {
    byte[] place = Sealing.place("employee", "bank_account", "E1");
    String sealed = Sealing.sealText(DATA_KEY, place, plaintext);
    byte[] raw = Base64.getDecoder().decode(sealed.substring(Sealing.PREFIX.length()));
    int index = bit % (raw.length * 8);
    raw[index / 8] ^= (byte) (1 << (index % 8));
    String tampered = Sealing.PREFIX + Base64.getEncoder().encodeToString(raw);
    assertThrows(GeneralSecurityException.class, () -> Sealing.openText(DATA_KEY, place, tampered));
  }

  @Property(tries = 50)
  void anotherPersonsKeyDoesNotOpenTheSeal(
      @ForAll @StringLength(min = 1, max = 50) String plaintext) throws GeneralSecurityException {
    byte[] place = Sealing.place("employee", "base_salary", "E1");
    String sealed = Sealing.sealText(DATA_KEY, place, plaintext);
    assertThrows(
        GeneralSecurityException.class, () -> Sealing.openText(OTHER_DATA_KEY, place, sealed));
  }

  @Property(tries = 30)
  void wrappedDataKeysOpenOnlyForTheirSubjectAndKek(
      @ForAll @StringLength(min = 1, max = 32) String subject) throws GeneralSecurityException {
    Aead kek = new AesGcmJce(randomBytes());
    KeysetHandle dataKey = Sealing.newDataKey();
    String wrapped = Sealing.wrap(dataKey, kek, subject);
    byte[] place = Sealing.place("employee", "national_id", subject);
    String sealed = Sealing.sealText(Sealing.aead(dataKey), place, "110101199003076632");
    assertEquals(
        "110101199003076632",
        Sealing.openText(Sealing.unwrap(wrapped, kek, subject), place, sealed));
    assertThrows(
        GeneralSecurityException.class, () -> Sealing.unwrap(wrapped, kek, subject + "-other"));
    assertThrows(
        GeneralSecurityException.class,
        () -> Sealing.unwrap(wrapped, new AesGcmJce(randomBytes()), subject));
  }

  private static Aead newAead() {
    try {
      return Sealing.aead(Sealing.newDataKey());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] randomBytes() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }
}
