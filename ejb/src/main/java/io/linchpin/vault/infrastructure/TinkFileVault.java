package io.linchpin.vault.infrastructure;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import io.linchpin.shared.SealedValueException;
import io.linchpin.vault.application.FileVault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;

/** Streaming AES-256-GCM-HKDF (4 KiB segments) per file, under {@code <data>/attachments}. */
@ApplicationScoped
public class TinkFileVault implements FileVault {

  @Inject SubjectKeys keys;

  static {
    try {
      StreamingAeadConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Override
  public SealedFile seal(String subject, InputStream content, long maxBytes) {
    String id = UUID.randomUUID().toString();
    Path file = directory().resolve(id);
    try {
      KeysetHandle fileKey =
          KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_4KB);
      StreamingAead streaming =
          fileKey.getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
      long size = 0;
      try (OutputStream out =
          streaming.newEncryptingStream(Files.newOutputStream(file), associatedData(id))) {
        byte[] buffer = new byte[8192];
        int read;
        while ((read = content.read(buffer)) != -1) {
          size += read;
          if (size > maxBytes) {
            throw new TooLargeException(maxBytes);
          }
          out.write(buffer, 0, read);
        }
      }
      Aead subjectKey = keys.forSubject(subject);
      String wrapped =
          Base64.getEncoder()
              .encodeToString(
                  TinkProtoKeysetFormat.serializeEncryptedKeyset(
                      fileKey, subjectKey, associatedData(id)));
      return new SealedFile(id, size, wrapped);
    } catch (GeneralSecurityException | IOException | RuntimeException e) {
      delete(id);
      if (e instanceof TooLargeException tooLarge) {
        throw tooLarge;
      }
      throw new IllegalStateException("the file cannot be stored: " + e.getMessage(), e);
    }
  }

  @Override
  public InputStream open(String subject, String fileId, String wrappedKey) {
    try {
      KeysetHandle fileKey;
      try {
        fileKey = unwrap(keys.forSubject(subject), fileId, wrappedKey);
      } catch (GeneralSecurityException e) {
        // Wrapped with a data key rotated on another server since this one cached the keyset.
        fileKey = unwrap(keys.refresh(subject), fileId, wrappedKey);
      }
      return fileKey
          .getPrimitive(RegistryConfiguration.get(), StreamingAead.class)
          .newDecryptingStream(
              Files.newInputStream(directory().resolve(fileId)), associatedData(fileId));
    } catch (GeneralSecurityException e) {
      throw new SealedValueException("the file cannot be opened", e);
    } catch (IOException e) {
      throw new UncheckedIOException("the file cannot be read", e);
    }
  }

  @Override
  public String rewrap(String subject, String fileId, String wrappedKey) {
    try {
      Aead subjectKey = keys.forSubject(subject);
      KeysetHandle fileKey = unwrap(subjectKey, fileId, wrappedKey);
      return Base64.getEncoder()
          .encodeToString(
              TinkProtoKeysetFormat.serializeEncryptedKeyset(
                  fileKey, subjectKey, associatedData(fileId)));
    } catch (GeneralSecurityException e) {
      throw new SealedValueException("the key of a file cannot be wrapped again", e);
    }
  }

  @Override
  public void delete(String fileId) {
    try {
      Files.deleteIfExists(directory().resolve(fileId));
    } catch (IOException e) {
      throw new UncheckedIOException("the file cannot be deleted", e);
    }
  }

  private static KeysetHandle unwrap(Aead subjectKey, String fileId, String wrappedKey)
      throws GeneralSecurityException {
    return TinkProtoKeysetFormat.parseEncryptedKeyset(
        Base64.getDecoder().decode(wrappedKey), subjectKey, associatedData(fileId));
  }

  private static byte[] associatedData(String fileId) {
    return ("attachment|" + fileId).getBytes(StandardCharsets.UTF_8);
  }

  private static Path directory() {
    String data = System.getProperty("linchpin.data.dir");
    Path root =
        data != null
            ? Paths.get(data)
            : Paths.get(System.getProperty("jboss.server.data.dir", "data"), "linchpin");
    Path dir = root.resolve("attachments");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("the attachment folder " + dir + " cannot be created", e);
    }
    return dir;
  }
}
