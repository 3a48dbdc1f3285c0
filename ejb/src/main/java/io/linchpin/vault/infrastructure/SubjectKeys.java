package io.linchpin.vault.infrastructure;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import io.linchpin.shared.ErasedSubjectException;
import io.linchpin.shared.SealedValueException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * One data key (a Tink AES-256-GCM keyset) per data subject, stored in {@code subject_key} wrapped
 * by the active key-encryption key with the subject bound as associated data. New keys are written
 * in the transaction that first needs them, so a rolled-back hire leaves no key behind. Opened keys
 * are cached in memory.
 */
@ApplicationScoped
public class SubjectKeys {

  private static final int CACHE_LIMIT = 200_000;
  private static final int IN_LIMIT = 500;
  private static final Object ABSENT = new Object();

  @Inject KeyRing keyRing;
  @jakarta.ejb.EJB ErasureLedger ledger;

  @Resource(lookup = "java:jboss/datasources/LinchpinDS")
  DataSource dataSource;

  @Resource TransactionSynchronizationRegistry transactions;

  private final Map<String, Aead> cache = new ConcurrentHashMap<>();

  /**
   * Loads the keys of the subjects that have one in one query, and remembers for this transaction
   * which have none, so that creating theirs needs no query each.
   */
  public void prepare(Collection<String> subjects) {
    List<String> unknown = subjects.stream().filter(s -> !cache.containsKey(s)).distinct().toList();
    if (unknown.isEmpty()) {
      return;
    }
    Set<String> absent = new HashSet<>(unknown);
    try (Connection c = dataSource.getConnection()) {
      for (int from = 0; from < unknown.size(); from += IN_LIMIT) {
        List<String> slice = unknown.subList(from, Math.min(unknown.size(), from + IN_LIMIT));
        String marks = String.join(",", java.util.Collections.nCopies(slice.size(), "?"));
        try (PreparedStatement p =
            c.prepareStatement(
                "select subject, kek_id, keyset, erased_at from subject_key where subject in ("
                    + marks
                    + ")")) {
          for (int i = 0; i < slice.size(); i++) {
            p.setString(i + 1, slice.get(i));
          }
          try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
              String subject = rs.getString(1);
              absent.remove(subject);
              if (rs.getTimestamp(4) == null) {
                remember(
                    subject,
                    Sealing.unwrap(rs.getString(3), keyRing.kek(rs.getString(2)), subject));
              }
            }
          }
        }
      }
    } catch (SQLException | GeneralSecurityException e) {
      throw new IllegalStateException("the data keys of subjects cannot be read", e);
    }
    knownAbsent().addAll(absent);
  }

  /** The subject's data key, created on first use. */
  public Aead forSubject(String subject) {
    Aead aead = cache.get(subject);
    if (aead != null) {
      return aead;
    }
    Map<String, Pending> pending = pendingInThisTransaction();
    if (pending != null && pending.containsKey(subject)) {
      return pending.get(subject).aead();
    }
    try {
      if (knownAbsent().remove(subject)) {
        return create(subject);
      }
      aead = load(subject);
      if (aead == null) {
        return create(subject);
      }
      remember(subject, aead);
      return aead;
    } catch (GeneralSecurityException e) {
      throw new SealedValueException("the data key of a subject cannot be opened", e);
    } catch (SQLException e) {
      throw new IllegalStateException("the data key of a subject cannot be read", e);
    }
  }

  /**
   * Destroys the subject's data key in the current transaction; a subject without a key gets an
   * erased entry, so no key can be made for it later.
   */
  public void erase(String subject) {
    pendingInThisTransaction();
    try (Connection c = dataSource.getConnection()) {
      Timestamp now = Timestamp.from(Instant.now());
      int updated;
      try (PreparedStatement p =
          c.prepareStatement(
              "update subject_key set keyset = null, erased_at = ? where subject = ?")) {
        p.setTimestamp(1, now);
        p.setString(2, subject);
        updated = p.executeUpdate();
      }
      if (updated == 0) {
        try (PreparedStatement p =
            c.prepareStatement(
                "insert into subject_key (subject, kek_id, keyset, created_at, erased_at)"
                    + " values (?, ?, null, ?, ?)")) {
          p.setString(1, subject);
          p.setString(2, keyRing.activeKekId());
          p.setTimestamp(3, now);
          p.setTimestamp(4, now);
          p.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the data key of a subject cannot be erased", e);
    }
    cache.remove(subject);
    Map<String, Pending> pending = pendingInThisTransaction();
    if (pending != null) {
      pending.remove(subject);
    }
    // The ledger outlives database restores. Written once the erasure has committed; a crash in
    // between leaves the erasure in the database only, as documented.
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              ledger.record(subject);
            }
          }
        });
  }

  /** Subjects whose keys were destroyed. */
  public List<String> erasedSubjects() {
    return ledger.subjects();
  }

  private Aead load(String subject) throws SQLException, GeneralSecurityException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement p =
            c.prepareStatement(
                "select kek_id, keyset, erased_at from subject_key where subject = ?")) {
      p.setString(1, subject);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        if (rs.getTimestamp(3) != null) {
          throw new ErasedSubjectException();
        }
        return Sealing.unwrap(rs.getString(2), keyRing.kek(rs.getString(1)), subject);
      }
    }
  }

  private Aead create(String subject) throws GeneralSecurityException {
    KeysetHandle handle = Sealing.newDataKey();
    String kekId = keyRing.activeKekId();
    String wrapped = Sealing.wrap(handle, keyRing.kek(kekId), subject);
    Aead aead = Sealing.aead(handle);
    Map<String, Pending> pending = pendingInThisTransaction();
    if (pending == null) {
      pending = new LinkedHashMap<>();
      Map<String, Pending> batch = pending;
      transactions.putResource(SubjectKeys.class, batch);
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {
              store(batch);
            }

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED) {
                batch.forEach((s, p) -> remember(s, p.aead()));
              }
            }
          });
    }
    pending.put(subject, new Pending(kekId, wrapped, aead));
    return aead;
  }

  /** Writes the keys created in a transaction, in one batch, just before it commits. */
  private void store(Map<String, Pending> batch) {
    if (batch.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement p =
            c.prepareStatement(
                "insert into subject_key (subject, kek_id, keyset, created_at) values (?, ?, ?, ?)")) {
      Timestamp now = Timestamp.from(Instant.now());
      for (Map.Entry<String, Pending> e : batch.entrySet()) {
        p.setString(1, e.getKey());
        p.setString(2, e.getValue().kekId());
        p.setString(3, e.getValue().wrapped());
        p.setTimestamp(4, now);
        p.addBatch();
      }
      p.executeBatch();
    } catch (SQLException e) {
      transactions.setRollbackOnly();
      throw new IllegalStateException("the data keys of new subjects cannot be stored", e);
    }
  }

  @SuppressWarnings("unchecked")
  private Set<String> knownAbsent() {
    Set<String> absent = (Set<String>) transactions.getResource(ABSENT);
    if (absent == null) {
      absent = new HashSet<>();
      transactions.putResource(ABSENT, absent);
    }
    return absent;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Pending> pendingInThisTransaction() {
    if (transactions.getTransactionKey() == null) {
      throw new IllegalStateException("sensitive data is sealed only inside a transaction");
    }
    return (Map<String, Pending>) transactions.getResource(SubjectKeys.class);
  }

  private void remember(String subject, Aead aead) {
    if (cache.size() >= CACHE_LIMIT) {
      cache.clear();
    }
    cache.put(subject, aead);
  }

  private record Pending(String kekId, String wrapped, Aead aead) {}
}
