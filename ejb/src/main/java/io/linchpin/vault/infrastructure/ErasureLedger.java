package io.linchpin.vault.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The erasure ledger: a file beside the keystore, outside the database and its backups, listing
 * every subject whose key was destroyed. At every start, before anything is served, the ledger is
 * applied again, so restoring an older database backup cannot bring an erased person back.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ErasureLedger {

  public static final String LEDGER_PROPERTY = "linchpin.vault.erasure.ledger";

  private static final Logger LOG = Logger.getLogger(ErasureLedger.class.getName());

  @Resource(lookup = "java:jboss/datasources/LinchpinDS")
  DataSource dataSource;

  private Path file;
  private List<String> subjects = new ArrayList<>();

  @PostConstruct
  void replay() {
    String configured = System.getProperty(LEDGER_PROPERTY);
    if (configured != null) {
      file = Paths.get(configured);
    } else {
      Path keystore = Paths.get(System.getProperty(KeyRing.KEYSTORE_PROPERTY));
      file = keystore.toAbsolutePath().getParent().resolve("erasures.log");
    }
    try {
      if (Files.exists(file)) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            subjects.add(line.split("\t")[0]);
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("the erasure ledger " + file + " cannot be read", e);
    }
    int reapplied = destroyKeys(subjects);
    if (reapplied > 0) {
      LOG.warning(
          () ->
              reapplied
                  + " erased person(s) had their key back (a restored backup?); destroyed again");
    }
  }

  /** Subjects whose key was destroyed, oldest first. */
  @Lock(LockType.READ)
  public List<String> subjects() {
    return List.copyOf(subjects);
  }

  /** Records a destroyed key, on disk before this returns. */
  @Lock(LockType.WRITE)
  public void record(String subject) {
    try (FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      channel.write(
          java.nio.ByteBuffer.wrap(
              (subject + "\t" + Instant.now() + "\n").getBytes(StandardCharsets.UTF_8)));
      channel.force(true);
    } catch (IOException e) {
      throw new UncheckedIOException("the erasure ledger " + file + " cannot be written", e);
    }
    subjects.add(subject);
  }

  private int destroyKeys(List<String> erased) {
    if (erased.isEmpty()) {
      return 0;
    }
    int count = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement p =
            c.prepareStatement(
                "update subject_key set keyset = null, erased_at = ?"
                    + " where subject = ? and keyset is not null")) {
      Timestamp now = Timestamp.from(Instant.now());
      for (String subject : erased) {
        p.setTimestamp(1, now);
        p.setString(2, subject);
        count += p.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the erasure ledger cannot be applied", e);
    }
    return count;
  }
}
