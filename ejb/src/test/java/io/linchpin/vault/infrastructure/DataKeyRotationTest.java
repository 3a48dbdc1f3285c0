package io.linchpin.vault.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.subtle.AesGcmJce;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** A person's keyset through a rotation: new primary, older values still open, then retired. */
class DataKeyRotationTest {

  private static final byte[] PLACE = Sealing.place("employee", "national_id", "E1");

  @Test
  void aNewPrimarySealsWhileTheOlderKeyStillOpensUntilItIsRetired() throws Exception {
    KeysetHandle first = Sealing.newDataKey();
    String old = Sealing.sealText(Sealing.aead(first), PLACE, "110101199001011234");
    int oldKey = first.getPrimary().getId();
    assertEquals(oldKey, Sealing.keyId(old));

    KeysetHandle rotated = Sealing.withNewPrimary(first);
    assertEquals(2, rotated.size());
    int newKey = rotated.getPrimary().getId();
    assertNotEquals(oldKey, newKey);
    Aead both = Sealing.aead(rotated);
    assertEquals("110101199001011234", Sealing.openText(both, PLACE, old));
    String resealed = Sealing.sealText(both, PLACE, Sealing.openText(both, PLACE, old));
    assertEquals(newKey, Sealing.keyId(resealed));

    KeysetHandle retired = Sealing.primaryOnly(rotated);
    assertEquals(1, retired.size());
    assertEquals(newKey, retired.getPrimary().getId());
    Aead current = Sealing.aead(retired);
    assertEquals("110101199001011234", Sealing.openText(current, PLACE, resealed));
    assertThrows(GeneralSecurityException.class, () -> Sealing.openText(current, PLACE, old));
  }

  @Test
  void theRotatedKeysetTravelsWrappedForItsSubjectOnly() throws Exception {
    byte[] raw = new byte[32];
    new SecureRandom().nextBytes(raw);
    Aead kek = new AesGcmJce(raw);
    KeysetHandle rotated = Sealing.withNewPrimary(Sealing.newDataKey());
    String wrapped = Sealing.wrap(rotated, kek, "E1");
    KeysetHandle back = Sealing.unwrapKeyset(wrapped, kek, "E1");
    assertEquals(2, back.size());
    assertEquals(rotated.getPrimary().getId(), back.getPrimary().getId());
    assertThrows(GeneralSecurityException.class, () -> Sealing.unwrapKeyset(wrapped, kek, "E2"));
  }

  @Test
  void onlySealedValuesNameAKey() {
    assertThrows(GeneralSecurityException.class, () -> Sealing.keyId("110101199001011234"));
    assertThrows(GeneralSecurityException.class, () -> Sealing.keyId("v1:not base64!"));
    assertThrows(GeneralSecurityException.class, () -> Sealing.keyId(new byte[] {0, 1, 2, 3, 4}));
  }
}
