package io.linchpin.vault.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keystore on disk: a PKCS#12 file holding the key-encryption keys ({@code kek-1}, {@code
 * kek-2}, …), the blind-index key ({@code blind-index-1}) and the audit checkpoint key ({@code
 * audit-mac-1}); its password in a separate file that only the service account can read. Never in
 * {@code linchpin.properties}.
 */
public final class KeyStoreFiles {

  public static final String KEK_PREFIX = "kek-";
  public static final String BLIND_INDEX = "blind-index-1";
  public static final String AUDIT = "audit-mac-1";
  private static final String TYPE = "PKCS12";
  private static final int KEY_BYTES = 32;

  private KeyStoreFiles() {}

  /** A keystore that cannot be used, with a message that tells IT what to do. */
  public static final class KeyStoreProblem extends Exception {
    private static final long serialVersionUID = 1L;

    KeyStoreProblem(String message) {
      super(message);
    }
  }

  /** The loaded keys. */
  public record Keys(
      String activeKekId,
      SecretKey activeKek,
      KeyStore store,
      SecretKey blindIndex,
      SecretKey audit) {

    public SecretKey kek(String id) throws KeyStoreProblem {
      try {
        SecretKey key = (SecretKey) store.getKey(id, null);
        if (key == null) {
          throw new KeyStoreProblem("the keystore has no key " + id);
        }
        return key;
      } catch (GeneralSecurityException e) {
        throw new KeyStoreProblem("key " + id + " cannot be read: " + e.getMessage());
      }
    }
  }

  /**
   * Creates a keystore and, unless one exists, a random password file; both readable by owner only.
   */
  public static void create(Path keystore, Path passwordFile) throws IOException, KeyStoreProblem {
    if (Files.exists(keystore)) {
      throw new KeyStoreProblem(
          "a keystore already exists at " + keystore + "; it holds the keys to existing data");
    }
    Files.createDirectories(keystore.toAbsolutePath().getParent());
    char[] password;
    if (Files.exists(passwordFile)) {
      password = readPassword(passwordFile);
    } else {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      password = Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
      Files.createDirectories(passwordFile.toAbsolutePath().getParent());
      writeOwnerOnly(passwordFile, new String(password).getBytes(StandardCharsets.UTF_8));
    }
    try {
      KeyStore store = KeyStore.getInstance(TYPE);
      store.load(null, null);
      KeyStore.ProtectionParameter protection = new KeyStore.PasswordProtection(password);
      store.setEntry(KEK_PREFIX + 1, new KeyStore.SecretKeyEntry(newKey("AES")), protection);
      store.setEntry(BLIND_INDEX, new KeyStore.SecretKeyEntry(newKey("HmacSHA256")), protection);
      store.setEntry(AUDIT, new KeyStore.SecretKeyEntry(newKey("HmacSHA256")), protection);
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      store.store(bytes, password);
      writeOwnerOnly(keystore, bytes.toByteArray());
    } catch (GeneralSecurityException e) {
      throw new KeyStoreProblem("the keystore cannot be created: " + e.getMessage());
    }
  }

  /**
   * Adds a new key-encryption key ({@code kek-N+1}), which becomes the active one; older keys stay
   * until no data key is wrapped with them. The file is replaced atomically.
   */
  public static String rotate(Path keystore, Path passwordFile)
      throws IOException, KeyStoreProblem {
    try (java.nio.channels.FileChannel lock = lock(keystore)) {
      return rotateLocked(keystore, passwordFile);
    }
  }

  /**
   * Removes key-encryption keys that no data key needs any more. The active (newest) key is never
   * removed. The file is replaced atomically, under the same lock as {@link #rotate}.
   */
  public static void retire(Path keystore, Path passwordFile, java.util.Set<String> ids)
      throws IOException, KeyStoreProblem {
    try (java.nio.channels.FileChannel lock = lock(keystore)) {
      Keys keys = load(keystore, passwordFile);
      if (ids.contains(keys.activeKekId())) {
        throw new KeyStoreProblem("the active key " + keys.activeKekId() + " cannot be retired");
      }
      char[] password = readPassword(passwordFile);
      try (InputStream in = Files.newInputStream(keystore)) {
        KeyStore store = KeyStore.getInstance(TYPE);
        store.load(in, password);
        for (String id : ids) {
          if (!id.startsWith(KEK_PREFIX) || !store.containsAlias(id)) {
            throw new KeyStoreProblem("the keystore holds no key-encryption key " + id);
          }
          store.deleteEntry(id);
        }
        replace(keystore, store, password);
      } catch (GeneralSecurityException e) {
        throw new KeyStoreProblem("keys cannot be retired: " + e.getMessage());
      }
    }
  }

  /** The key-encryption keys in the keystore, oldest first. */
  public static List<String> keks(KeyStore open) throws java.security.KeyStoreException {
    return Collections.list(open.aliases()).stream()
        .filter(a -> a.startsWith(KEK_PREFIX))
        .sorted(
            java.util.Comparator.comparingInt(
                a -> Integer.parseInt(a.substring(KEK_PREFIX.length()))))
        .toList();
  }

  /** Serialises changes of the keystore file between the server and the command line. */
  private static java.nio.channels.FileChannel lock(Path keystore) throws IOException {
    Path lockFile = keystore.resolveSibling(keystore.getFileName() + ".lock");
    java.nio.channels.FileChannel channel =
        java.nio.channels.FileChannel.open(
            lockFile,
            java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.WRITE);
    channel.lock();
    return channel;
  }

  private static void replace(Path keystore, KeyStore store, char[] password)
      throws IOException, GeneralSecurityException {
    Path next = keystore.resolveSibling(keystore.getFileName() + ".new");
    Files.deleteIfExists(next);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    store.store(bytes, password);
    writeOwnerOnly(next, bytes.toByteArray());
    Files.move(
        next,
        keystore,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  private static String rotateLocked(Path keystore, Path passwordFile)
      throws IOException, KeyStoreProblem {
    load(keystore, passwordFile);
    char[] password = readPassword(passwordFile);
    try (InputStream in = Files.newInputStream(keystore)) {
      KeyStore store = KeyStore.getInstance(TYPE);
      store.load(in, password);
      int highest =
          Collections.list(store.aliases()).stream()
              .filter(a -> a.startsWith(KEK_PREFIX))
              .mapToInt(a -> Integer.parseInt(a.substring(KEK_PREFIX.length())))
              .max()
              .orElse(0);
      String id = KEK_PREFIX + (highest + 1);
      store.setEntry(
          id,
          new KeyStore.SecretKeyEntry(newKey("AES")),
          new KeyStore.PasswordProtection(password));
      replace(keystore, store, password);
      return id;
    } catch (GeneralSecurityException e) {
      throw new KeyStoreProblem("the keystore cannot be rotated: " + e.getMessage());
    }
  }

  /** Loads and checks the keystore; every failure names its cause and what to do. */
  public static Keys load(Path keystore, Path passwordFile) throws KeyStoreProblem {
    char[] password;
    try {
      password = readPassword(passwordFile);
    } catch (NoSuchFileException e) {
      throw new KeyStoreProblem("the keystore password file " + passwordFile + " does not exist");
    } catch (IOException e) {
      throw new KeyStoreProblem(
          "the keystore password file " + passwordFile + " cannot be read: " + e.getMessage());
    }
    KeyStore store;
    try (InputStream in = Files.newInputStream(keystore)) {
      store = KeyStore.getInstance(TYPE);
      store.load(in, password);
    } catch (NoSuchFileException e) {
      throw new KeyStoreProblem(
          "there is no keystore at " + keystore + "; create one with: bin/linchpin keys init");
    } catch (IOException e) {
      if (e.getCause() instanceof UnrecoverableKeyException
          || String.valueOf(e.getMessage()).contains("password")) {
        throw new KeyStoreProblem(
            "the keystore password in " + passwordFile + " does not open " + keystore);
      }
      throw new KeyStoreProblem("the keystore " + keystore + " cannot be read: " + e.getMessage());
    } catch (GeneralSecurityException e) {
      throw new KeyStoreProblem("the keystore " + keystore + " cannot be read: " + e.getMessage());
    }
    try {
      List<String> keks = keks(store);
      if (keks.isEmpty()) {
        throw new KeyStoreProblem("the keystore " + keystore + " holds no key-encryption key");
      }
      String active = keks.get(keks.size() - 1);
      // Entries carry the store password; re-load them so Keys can hand them out without it.
      KeyStore open = KeyStore.getInstance(TYPE);
      open.load(null, null);
      for (String alias : Collections.list(store.aliases())) {
        open.setKeyEntry(alias, store.getKey(alias, password), null, null);
      }
      SecretKey blind = (SecretKey) store.getKey(BLIND_INDEX, password);
      if (blind == null) {
        throw new KeyStoreProblem("the keystore " + keystore + " holds no blind-index key");
      }
      SecretKey audit = (SecretKey) store.getKey(AUDIT, password);
      if (audit == null) {
        throw new KeyStoreProblem("the keystore " + keystore + " holds no audit key");
      }
      return new Keys(active, (SecretKey) store.getKey(active, password), open, blind, audit);
    } catch (GeneralSecurityException | IOException e) {
      throw new KeyStoreProblem("the keys in " + keystore + " cannot be read: " + e.getMessage());
    }
  }

  private static SecretKey newKey(String algorithm) {
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return new SecretKeySpec(key, algorithm);
  }

  private static char[] readPassword(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8).strip();
    if (text.isEmpty()) {
      throw new IOException("the file is empty");
    }
    return text.toCharArray();
  }

  private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (UnsupportedOperationException e) {
      Files.createFile(file);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(content);
    }
  }
}
