package io.linchpin.vault.infrastructure;

import com.google.crypto.tink.subtle.Hkdf;
import io.linchpin.vault.application.PublicCheckpointSigner;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Properties;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * An Ed25519 key pair for signing exported checkpoints. It is made with the keystore ({@code keys
 * init}), never on the fly, and kept beside the keystore in {@code audit-signing.key} (owner-only):
 * the public key in clear, the private key encrypted with AES-256-GCM under a key derived
 * (HKDF-SHA256) from the keystore's audit key, so the file alone reveals nothing and the keystore
 * remains the one secret to protect.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class Ed25519CheckpointSigner implements PublicCheckpointSigner {

  static final String FILE = "audit-signing.key";
  private static final byte[] WRAP_INFO =
      "linchpin audit checkpoint signing key wrap v1".getBytes(StandardCharsets.US_ASCII);

  @EJB KeyRing keyRing;

  private volatile KeyPair keys;

  @Override
  public String sign(String data) {
    try {
      Signature ed = Signature.getInstance("Ed25519");
      ed.initSign(keys().getPrivate());
      ed.update(data.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(ed.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the checkpoint cannot be signed", e);
    }
  }

  @Override
  public String publicKeyPem() {
    return pem(keys().getPublic());
  }

  /** Checks a signature with a PEM public key, as an auditor would. */
  public static boolean verify(String publicKeyPem, String data, String signature) {
    try {
      String base64 =
          publicKeyPem
              .replace("-----BEGIN PUBLIC KEY-----", "")
              .replace("-----END PUBLIC KEY-----", "")
              .replaceAll("\\s", "");
      PublicKey key =
          KeyFactory.getInstance("Ed25519")
              .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
      Signature ed = Signature.getInstance("Ed25519");
      ed.initVerify(key);
      ed.update(data.getBytes(StandardCharsets.UTF_8));
      return ed.verify(Base64.getDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  private KeyPair keys() {
    KeyPair k = keys;
    if (k == null) {
      synchronized (this) {
        if (keys == null) {
          keys = load(folder().resolve(FILE), keyRing.auditKey().getEncoded());
        }
        k = keys;
      }
    }
    return k;
  }

  private static Path folder() {
    return Paths.get(System.getProperty(KeyRing.KEYSTORE_PROPERTY)).toAbsolutePath().getParent();
  }

  /**
   * The key pair kept in the file. A missing file is an error, never a reason to make a new pair: a
   * new key would not verify the checkpoints already exported.
   */
  static KeyPair load(Path file, byte[] auditKey) {
    if (!Files.exists(file)) {
      throw new IllegalStateException(
          "the audit signing key "
              + file
              + " is missing: restore it from the backup of keys/ (a new key would not verify the"
              + " checkpoints already exported); a new installation makes it with bin/linchpin keys"
              + " init");
    }
    return loadOrCreate(file, auditKey);
  }

  /** Makes the key pair beside the keystore, once: {@code keys init}. False when it was there. */
  public static boolean createIfMissing(Path keystore, byte[] auditKey) {
    Path file = keystore.toAbsolutePath().getParent().resolve(FILE);
    if (Files.exists(file)) {
      return false;
    }
    loadOrCreate(file, auditKey);
    return true;
  }

  static KeyPair loadOrCreate(Path file, byte[] auditKey) {
    try {
      byte[] wrapKey = Hkdf.computeHkdf("HMACSHA256", auditKey, new byte[0], WRAP_INFO, 32);
      if (Files.exists(file)) {
        Properties p = new Properties();
        try (var in = Files.newInputStream(file)) {
          p.load(in);
        }
        PublicKey pub =
            KeyFactory.getInstance("Ed25519")
                .generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(p.getProperty("public"))));
        byte[] sealed = Base64.getDecoder().decode(p.getProperty("private"));
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(
            Cipher.DECRYPT_MODE,
            new SecretKeySpec(wrapKey, "AES"),
            new GCMParameterSpec(128, sealed, 0, 12));
        gcm.updateAAD(pub.getEncoded());
        byte[] pkcs8 = gcm.doFinal(sealed, 12, sealed.length - 12);
        PrivateKey priv =
            KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        return new KeyPair(pub, priv);
      }
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      byte[] iv = new byte[12];
      new SecureRandom().nextBytes(iv);
      Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
      gcm.init(
          Cipher.ENCRYPT_MODE, new SecretKeySpec(wrapKey, "AES"), new GCMParameterSpec(128, iv));
      gcm.updateAAD(pair.getPublic().getEncoded());
      byte[] ct = gcm.doFinal(pair.getPrivate().getEncoded());
      byte[] sealed = new byte[iv.length + ct.length];
      System.arraycopy(iv, 0, sealed, 0, iv.length);
      System.arraycopy(ct, 0, sealed, iv.length, ct.length);
      String content =
          "# Linchpin audit checkpoint signing key (Ed25519); the private key is encrypted with the"
              + " keystore's audit key.\n"
              + "public="
              + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded())
              + "\nprivate="
              + Base64.getEncoder().encodeToString(sealed)
              + "\n";
      Path next = file.resolveSibling(FILE + ".new");
      Files.deleteIfExists(next);
      Files.createFile(
          next, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(next, content, StandardCharsets.US_ASCII);
      Files.move(next, file, StandardCopyOption.ATOMIC_MOVE);
      return pair;
    } catch (IOException e) {
      throw new UncheckedIOException("the audit signing key cannot be kept in " + file, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "the audit signing key in " + file + " cannot be opened with the keystore's audit key",
          e);
    }
  }

  static String pem(PublicKey key) {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(key.getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }
}
