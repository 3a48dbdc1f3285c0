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
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KeyRing {

  public static final String KEYSTORE_PROPERTY = "linchpin.vault.keystore";
  public static final String PASSWORD_FILE_PROPERTY = "linchpin.vault.password.file";

  private static final Logger LOG = Logger.getLogger(KeyRing.class.getName());

  private KeyStoreFiles.Keys keys;
  private final Map<String, Aead> keks = new ConcurrentHashMap<>();

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
    try {
      keys = KeyStoreFiles.load(store, Paths.get(passwordFile));
      kek(keys.activeKekId());
    } catch (KeyStoreFiles.KeyStoreProblem e) {
      throw new IllegalStateException("Linchpin cannot open its keys: " + e.getMessage(), e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Linchpin cannot use its keys: " + e.getMessage(), e);
    }
    LOG.info(
        () -> "Keys opened from " + store + "; active key-encryption key " + keys.activeKekId());
  }

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
