package io.linchpin.vault.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Ed25519CheckpointSignerTest {

  @TempDir Path dir;

  private final byte[] auditKey = new byte[32];

  @Test
  void theKeyIsMadeOnceKeptOwnerOnlyAndItsSignaturesVerifyWithThePublicKeyAlone() throws Exception {
    Arrays.fill(auditKey, (byte) 7);
    Path file = dir.resolve(Ed25519CheckpointSigner.FILE);
    KeyPair made = Ed25519CheckpointSigner.loadOrCreate(file, auditKey);
    KeyPair loaded = Ed25519CheckpointSigner.loadOrCreate(file, auditKey);
    assertArrayEquals(made.getPublic().getEncoded(), loaded.getPublic().getEncoded());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    String content = Files.readString(file);
    assertFalse(
        content.contains(Base64.getEncoder().encodeToString(made.getPrivate().getEncoded())),
        "the private key is not in the file in clear");

    Signature ed = Signature.getInstance("Ed25519");
    ed.initSign(loaded.getPrivate());
    ed.update("42:abcdef".getBytes(StandardCharsets.UTF_8));
    String signature = Base64.getEncoder().encodeToString(ed.sign());
    String pem = Ed25519CheckpointSigner.pem(made.getPublic());
    assertTrue(pem.startsWith("-----BEGIN PUBLIC KEY-----"));
    assertTrue(Ed25519CheckpointSigner.verify(pem, "42:abcdef", signature));
    assertFalse(Ed25519CheckpointSigner.verify(pem, "43:abcdef", signature), "another head");
  }

  @Test
  void anotherAuditKeyCannotOpenIt() {
    Path file = dir.resolve(Ed25519CheckpointSigner.FILE);
    Ed25519CheckpointSigner.loadOrCreate(file, auditKey);
    byte[] other = auditKey.clone();
    other[0] = 1;
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> Ed25519CheckpointSigner.loadOrCreate(file, other));
    assertTrue(e.getMessage().contains("audit key"), e.getMessage());
  }

  @Test
  void aMissingKeyIsAnErrorAndNeverMadeAgainOnTheFly() {
    Path file = dir.resolve(Ed25519CheckpointSigner.FILE);
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> Ed25519CheckpointSigner.load(file, auditKey));
    assertTrue(e.getMessage().contains("is missing"), e.getMessage());
    assertFalse(Files.exists(file), "nothing was made");
    Path keystore = dir.resolve("linchpin-keys.p12");
    assertTrue(Ed25519CheckpointSigner.createIfMissing(keystore, auditKey), "keys init makes it");
    assertFalse(Ed25519CheckpointSigner.createIfMissing(keystore, auditKey), "once");
    Ed25519CheckpointSigner.load(file, auditKey);
  }
}
