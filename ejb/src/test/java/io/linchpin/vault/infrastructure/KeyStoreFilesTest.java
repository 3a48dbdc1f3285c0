package io.linchpin.vault.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyStoreFilesTest {

  @TempDir Path dir;

  @Test
  void aCreatedKeystoreOpensWithItsPasswordFileReadableByTheOwnerOnly() throws Exception {
    Path store = dir.resolve("keys/linchpin-keys.p12");
    Path password = dir.resolve("keys/keystore.password");
    KeyStoreFiles.create(store, password);
    KeyStoreFiles.Keys keys = KeyStoreFiles.load(store, password);
    assertEquals("kek-1", keys.activeKekId());
    assertEquals(32, keys.activeKek().getEncoded().length);
    assertNotNull(keys.kek("kek-1"));
    assertNotNull(keys.blindIndex());
    assertEquals(
        "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(password)));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store)));
  }

  @Test
  void aWrongPasswordIsNamedAsSuch() throws Exception {
    Path store = dir.resolve("k.p12");
    Path password = dir.resolve("k.password");
    KeyStoreFiles.create(store, password);
    Path wrong = Files.writeString(dir.resolve("wrong.password"), "not-the-password");
    KeyStoreFiles.KeyStoreProblem problem =
        assertThrows(KeyStoreFiles.KeyStoreProblem.class, () -> KeyStoreFiles.load(store, wrong));
    assertTrue(problem.getMessage().contains("does not open"), problem.getMessage());
  }

  @Test
  void aMissingKeystoreTellsHowToCreateOne() {
    KeyStoreFiles.KeyStoreProblem problem =
        assertThrows(
            KeyStoreFiles.KeyStoreProblem.class,
            () ->
                KeyStoreFiles.load(
                    dir.resolve("none.p12"), Files.writeString(dir.resolve("p"), "x")));
    assertTrue(problem.getMessage().contains("bin/linchpin keys init"), problem.getMessage());
  }

  @Test
  void anExistingKeystoreIsNeverOverwritten() throws Exception {
    Path store = dir.resolve("k.p12");
    Path password = dir.resolve("k.password");
    KeyStoreFiles.create(store, password);
    assertThrows(KeyStoreFiles.KeyStoreProblem.class, () -> KeyStoreFiles.create(store, password));
  }

  @Test
  void retiringRemovesOnlyTheNamedOlderKeysAndNeverTheActiveOne() throws Exception {
    Path store = dir.resolve("keys/linchpin-keys.p12");
    Path password = dir.resolve("keys/keystore.password");
    KeyStoreFiles.create(store, password);
    KeyStoreFiles.rotate(store, password);
    KeyStoreFiles.rotate(store, password);
    assertEquals(
        java.util.List.of("kek-1", "kek-2", "kek-3"),
        KeyStoreFiles.keks(KeyStoreFiles.load(store, password).store()));
    KeyStoreFiles.KeyStoreProblem refused =
        assertThrows(
            KeyStoreFiles.KeyStoreProblem.class,
            () -> KeyStoreFiles.retire(store, password, java.util.Set.of("kek-3")));
    assertTrue(refused.getMessage().contains("active"), refused.getMessage());
    KeyStoreFiles.retire(store, password, java.util.Set.of("kek-1"));
    KeyStoreFiles.Keys keys = KeyStoreFiles.load(store, password);
    assertEquals(java.util.List.of("kek-2", "kek-3"), KeyStoreFiles.keks(keys.store()));
    assertEquals("kek-3", keys.activeKekId());
    assertNotNull(keys.blindIndex(), "the other keys stay");
    assertThrows(
        KeyStoreFiles.KeyStoreProblem.class,
        () -> KeyStoreFiles.retire(store, password, java.util.Set.of("kek-1")));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store)));
  }
}
