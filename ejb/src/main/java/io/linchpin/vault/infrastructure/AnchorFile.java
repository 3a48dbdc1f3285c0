package io.linchpin.vault.infrastructure;

import io.linchpin.vault.application.ChainAnchorStore;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import javax.crypto.SecretKey;

/**
 * The chain's anchor in {@code audit-anchor.properties} beside the keystore: sequence, hash and
 * time, sealed with HMAC-SHA256 under the audit key, written owner-only and replaced atomically.
 * The command-line verifier reads it with {@link #read(Path, SecretKey)}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class AnchorFile implements ChainAnchorStore {

  static final String FILE = "audit-anchor.properties";

  @EJB KeyRing keyRing;

  @Override
  public Optional<Mark> read() {
    return read(folder(), keyRing.auditKey());
  }

  @Override
  public synchronized void advance(long seq, String hash) {
    Optional<Mark> now = read();
    if (now.isPresent() && now.get().seq() >= seq) {
      return;
    }
    write(folder(), keyRing.auditKey(), new Mark(seq, hash, Instant.now()));
  }

  /** The folder of the keystore, where the anchor lives. */
  static Path folder() {
    return Paths.get(System.getProperty(KeyRing.KEYSTORE_PROPERTY)).toAbsolutePath().getParent();
  }

  public static Optional<Mark> read(Path folder, SecretKey auditKey) {
    Path file = folder.resolve(FILE);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
    } catch (IOException e) {
      throw new IllegalStateException("the audit anchor " + file + " cannot be read", e);
    }
    try {
      Mark mark =
          new Mark(
              Long.parseLong(p.getProperty("seq")),
              p.getProperty("hash"),
              Instant.parse(p.getProperty("at")));
      if (mark.hash() == null
          || !HmacCheckpointSigner.verify(auditKey, sealed(mark), p.getProperty("seal"))) {
        throw new IllegalStateException("the audit anchor " + file + " is not sealed by this key");
      }
      return Optional.of(mark);
    } catch (RuntimeException e) {
      if (e instanceof IllegalStateException) {
        throw e;
      }
      throw new IllegalStateException("the audit anchor " + file + " is damaged", e);
    }
  }

  static void write(Path folder, SecretKey auditKey, Mark mark) {
    Properties p = new Properties();
    p.setProperty("seq", Long.toString(mark.seq()));
    p.setProperty("hash", mark.hash());
    p.setProperty("at", mark.at().toString());
    p.setProperty("seal", HmacCheckpointSigner.sign(auditKey, sealed(mark)));
    Path file = folder.resolve(FILE);
    Path next = folder.resolve(FILE + ".next");
    try {
      Files.deleteIfExists(next);
      Files.createFile(
          next, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      try (OutputStream out = Files.newOutputStream(next)) {
        p.store(out, "Linchpin audit anchor: the highest confirmed entry. Do not edit.");
      }
      try {
        Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the audit anchor " + file + " cannot be written", e);
    }
  }

  private static String sealed(Mark mark) {
    return "anchor:" + mark.seq() + ":" + mark.hash() + ":" + mark.at();
  }
}
