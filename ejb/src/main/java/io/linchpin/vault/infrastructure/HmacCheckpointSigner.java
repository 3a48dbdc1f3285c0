package io.linchpin.vault.infrastructure;

import io.linchpin.vault.application.CheckpointSigner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/** HMAC-SHA256 with the keystore's audit key. */
@ApplicationScoped
public class HmacCheckpointSigner implements CheckpointSigner {

  /** A Mac per thread, set up for one key: creating one per entry costs more than the HMAC. */
  private static final ThreadLocal<Map.Entry<SecretKey, Mac>> MACS = new ThreadLocal<>();

  @Inject KeyRing keyRing;

  @Override
  public String sign(String data) {
    return sign(keyRing.auditKey(), data);
  }

  @Override
  public boolean verify(String data, String signature) {
    return verify(keyRing.auditKey(), data, signature);
  }

  /** Also used by the command-line verifier, which reads the key from the keystore itself. */
  public static String sign(SecretKey key, String data) {
    Map.Entry<SecretKey, Mac> keyed = MACS.get();
    if (keyed == null || keyed.getKey() != key) {
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(key);
        keyed = Map.entry(key, mac);
        MACS.set(keyed);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("the audit key cannot be used", e);
      }
    }
    return HexFormat.of()
        .formatHex(keyed.getValue().doFinal(data.getBytes(StandardCharsets.UTF_8)));
  }

  public static boolean verify(SecretKey key, String data, String signature) {
    return signature != null
        && MessageDigest.isEqual(
            sign(key, data).getBytes(StandardCharsets.US_ASCII),
            signature.getBytes(StandardCharsets.US_ASCII));
  }
}
