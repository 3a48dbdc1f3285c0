package io.linchpin.vault.infrastructure;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.subtle.AesGcmJce;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.crypto.SecretKey;

/**
 * Opens the keystore when the application starts, before the schema migrator or anything else
 * touches the database: a missing keystore or a wrong password stops the deployment with a message
 * that says what to do. Holds the key-encryption keys and the blind-index key in memory.
 */
@Singleton
@Startup
@jakarta.ejb.ConcurrencyManagement(jakarta.ejb.ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KeyRing {

  public static final String KEYSTORE_PROPERTY = "linchpin.vault.keystore";
  public static final String PASSWORD_FILE_PROPERTY = "linchpin.vault.password.file";

  private static final Logger LOG = Logger.getLogger(KeyRing.class.getName());

  private volatile KeyStoreFiles.Keys keys;
  private final Map<String, Aead> keks = new ConcurrentHashMap<>();
  private Path keystore;
  private Path passwordFile;
  private volatile java.nio.file.attribute.FileTime loadedVersion;

  @jakarta.inject.Inject jakarta.enterprise.event.Event<KeyRotated> rotated;

  @PostConstruct
  void open() {
    String keystore = System.getProperty(KEYSTORE_PROPERTY);
    String passwordFile = System.getProperty(PASSWORD_FILE_PROPERTY);
    if (keystore == null || passwordFile == null) {
      throw new IllegalStateException(
          "the vault is not configured: set "
              + KEYSTORE_PROPERTY
              + " and "
              + PASSWORD_FILE_PROPERTY
              + " (bin/linchpin does this from conf/linchpin.properties)");
    }
    Path store = Paths.get(keystore);
    this.keystore = store;
    this.passwordFile = Paths.get(passwordFile);
    try {
      loadedVersion = java.nio.file.Files.getLastModifiedTime(store);
      keys = KeyStoreFiles.load(store, this.passwordFile);
      kek(keys.activeKekId());
    } catch (KeyStoreFiles.KeyStoreProblem e) {
      throw new IllegalStateException("Linchpin cannot open its keys: " + e.getMessage(), e);
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalStateException("Linchpin cannot use its keys: " + e.getMessage(), e);
    }
    LOG.info(
        () -> "Keys opened from " + store + "; active key-encryption key " + keys.activeKekId());
  }

  /** Looks for a rotated keystore every half minute; see {@link #reload()}. */
  @jakarta.ejb.Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
  void watchKeystore() {
    try {
      if (!java.nio.file.Files.getLastModifiedTime(keystore).equals(loadedVersion)) {
        reload();
      }
    } catch (java.io.IOException | RuntimeException e) {
      LOG.warning(() -> "The keystore cannot be checked for new keys: " + e.getMessage());
    }
  }

  /**
   * Opens the keystore again, without a restart. When it holds a newer key-encryption key, that key
   * wraps new data keys from now on and existing ones are re-wrapped in the background. Returns the
   * active key's id.
   */
  /** The key-encryption keys the keystore holds, oldest first. */
  public synchronized java.util.List<String> keks() {
    try {
      return KeyStoreFiles.keks(keys.store());
    } catch (java.security.KeyStoreException e) {
      throw new IllegalStateException("the keystore cannot be listed", e);
    }
  }

  /** Removes key-encryption keys from the keystore file and loads it again. */
  public synchronized void retire(java.util.Set<String> ids) {
    try {
      KeyStoreFiles.retire(keystore, passwordFile, ids);
    } catch (java.io.IOException | KeyStoreFiles.KeyStoreProblem e) {
      throw new IllegalStateException("keys cannot be retired: " + e.getMessage(), e);
    }
    reload();
  }

  public synchronized String reload() {
    try {
      java.nio.file.attribute.FileTime version = java.nio.file.Files.getLastModifiedTime(keystore);
      KeyStoreFiles.Keys fresh = KeyStoreFiles.load(keystore, passwordFile);
      String before = keys.activeKekId();
      keys = fresh;
      loadedVersion = version;
      if (!before.equals(fresh.activeKekId())) {
        LOG.info(() -> "Key-encryption key " + fresh.activeKekId() + " is now active");
        rotated.fire(new KeyRotated(fresh.activeKekId()));
      }
      return fresh.activeKekId();
    } catch (KeyStoreFiles.KeyStoreProblem | java.io.IOException e) {
      throw new IllegalStateException("the keystore cannot be opened again: " + e.getMessage(), e);
    }
  }

  /** Fired when a new key-encryption key becomes active. */
  public record KeyRotated(String activeKekId) {}

  /** The id of the key that wraps new data keys. */
  public String activeKekId() {
    return keys.activeKekId();
  }

  /** The key-encryption key with the given id, as an AEAD. */
  public Aead kek(String id) throws GeneralSecurityException {
    Aead aead = keks.get(id);
    if (aead == null) {
      SecretKey key;
      try {
        key = keys.kek(id);
      } catch (KeyStoreFiles.KeyStoreProblem e) {
        throw new GeneralSecurityException(e.getMessage(), e);
      }
      aead = new AesGcmJce(key.getEncoded());
      keks.put(id, aead);
    }
    return aead;
  }

  public SecretKey blindIndexKey() {
    return keys.blindIndex();
  }

  public SecretKey auditKey() {
    return keys.audit();
  }
}
