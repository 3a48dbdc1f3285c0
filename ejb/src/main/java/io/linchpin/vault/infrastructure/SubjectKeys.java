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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * One data key (a Tink AES-256-GCM keyset) per data subject, stored in {@code subject_key} wrapped
 * by the active key-encryption key with the subject bound as associated data. New keys are written
 * in the transaction that first needs them, so a rolled-back hire leaves no key behind. Opened keys
 * are cached in memory for {@code linchpin.vault.key-cache-seconds} (300 by default), so a key
 * rotated on another server of a cluster is seen here within that time; a value that does not open
 * with the cached keyset is tried once more with the keyset as stored.
 *
 * <p>Rotating a subject's data key adds a new primary key to their keyset (values sealed with the
 * older key still open) while their data is sealed again; the older key leaves the keyset only once
 * every server has had time to see the new one and the data has been sealed again once more.
 */
@ApplicationScoped
public class SubjectKeys {

  private static final int CACHE_LIMIT = 200_000;
  private static final int IN_LIMIT = 500;
  private static final Object ABSENT = new Object();
  private static final Object CHANGED = new Object();

  @Inject KeyRing keyRing;
  @jakarta.ejb.EJB ErasureLedger ledger;

  @Resource(lookup = "java:jboss/datasources/LinchpinDS")
  DataSource dataSource;

  @Resource TransactionSynchronizationRegistry transactions;

  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  private final long cacheNanos =
      java.time.Duration.ofSeconds(Long.getLong("linchpin.vault.key-cache-seconds", 300)).toNanos();

  /** How long a keyset stays cached: the time a rotated key needs to reach every server. */
  public java.time.Duration cacheTime() {
    return java.time.Duration.ofNanos(cacheNanos);
  }

  /**
   * Loads the keys of the subjects that have one in one query, and remembers for this transaction
   * which have none, so that creating theirs needs no query each.
   */
  public void prepare(Collection<String> subjects) {
    List<String> unknown = subjects.stream().filter(s -> cached(s) == null).distinct().toList();
    if (unknown.isEmpty()) {
      return;
    }
    Set<String> absent = new HashSet<>(unknown);
    try (Connection c = dataSource.getConnection()) {
      for (int from = 0; from < unknown.size(); from += IN_LIMIT) {
        List<String> slice = unknown.subList(from, Math.min(unknown.size(), from + IN_LIMIT));
        try (PreparedStatement p =
            bySubjects(
                c, "select subject, kek_id, keyset, erased_at from subject_key", slice, "")) {
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
    Map<String, Aead> changed = changedInThisTransaction();
    if (changed != null && changed.containsKey(subject)) {
      return changed.get(subject);
    }
    Aead aead = cached(subject);
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
   * The subject's keyset as stored now, for a value that did not open with the cached one: the key
   * may have been rotated on another server.
   */
  public Aead refresh(String subject) {
    cache.remove(subject);
    return forSubject(subject);
  }

  /**
   * Gives each subject's keyset a new primary key and, in the same transaction, has their data
   * sealed again with it ({@code reseal}, called once with the subjects that have a live key); the
   * older keys stay in the keysets for now. Returns how many keysets were rotated.
   */
  public int rotate(List<String> subjects, Consumer<List<String>> reseal) {
    return change(subjects, null, reseal);
  }

  /**
   * Removes the older keys from the keysets of those subjects rotated before {@code rotatedBefore}:
   * their data is first sealed again ({@code reseal}) with all keys still at hand, so a value
   * sealed meanwhile with an older key (by a server that had not seen the rotation yet) is not
   * lost. Returns how many keysets lost older keys.
   */
  public int retireOlderKeys(
      List<String> subjects, Instant rotatedBefore, Consumer<List<String>> reseal) {
    return change(subjects, rotatedBefore, reseal);
  }

  private int change(List<String> subjects, Instant rotatedBefore, Consumer<List<String>> reseal) {
    if (subjects.isEmpty()) {
      return 0;
    }
    boolean rotating = rotatedBefore == null;
    Map<String, KeysetHandle> keysets = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement p =
          bySubjects(
              c,
              "select subject, kek_id, keyset, key_count, rotated_at from subject_key",
              subjects,
              " and keyset is not null for update")) {
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            Timestamp rotatedAt = rs.getTimestamp(5);
            if (rotating
                || (rs.getInt(4) > 1
                    && rotatedAt != null
                    && rotatedAt.toInstant().isBefore(rotatedBefore))) {
              String subject = rs.getString(1);
              keysets.put(
                  subject,
                  Sealing.unwrapKeyset(rs.getString(3), keyRing.kek(rs.getString(2)), subject));
            }
          }
        }
      }
      if (keysets.isEmpty()) {
        return 0;
      }
      Map<String, Aead> changed = changedInThisTransaction(true);
      Map<String, KeysetHandle> next = new LinkedHashMap<>();
      Map<String, Aead> current = new HashMap<>();
      for (Map.Entry<String, KeysetHandle> e : keysets.entrySet()) {
        // Rotating: sealed with the new primary, kept as is. Retiring: sealed with every key at
        // hand, kept with the primary only.
        KeysetHandle sealWith = rotating ? Sealing.withNewPrimary(e.getValue()) : e.getValue();
        KeysetHandle kept = rotating ? sealWith : Sealing.primaryOnly(sealWith);
        Aead sealing = Sealing.aead(sealWith);
        changed.put(e.getKey(), sealing);
        next.put(e.getKey(), kept);
        current.put(e.getKey(), rotating ? sealing : Sealing.aead(kept));
      }
      reseal.accept(new ArrayList<>(keysets.keySet()));
      changed.putAll(current);
      String kekId = keyRing.activeKekId();
      Timestamp now = Timestamp.from(Instant.now());
      try (PreparedStatement p =
          c.prepareStatement(
              "update subject_key set kek_id = ?, keyset = ?, key_count = ?, rotation_due = 0"
                  + (rotating ? ", rotated_at = ?" : "")
                  + " where subject = ?")) {
        for (Map.Entry<String, KeysetHandle> e : next.entrySet()) {
          p.setString(1, kekId);
          p.setString(2, Sealing.wrap(e.getValue(), keyRing.kek(kekId), e.getKey()));
          p.setInt(3, e.getValue().size());
          if (rotating) {
            p.setTimestamp(4, now);
          }
          p.setString(rotating ? 5 : 4, e.getKey());
          p.addBatch();
        }
        p.executeBatch();
      }
      afterCommit(() -> current.forEach(this::remember));
      return next.size();
    } catch (SQLException e) {
      throw new IllegalStateException("the data keys of subjects cannot be changed", e);
    } catch (GeneralSecurityException e) {
      throw new SealedValueException("the data key of a subject cannot be opened", e);
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
    Map<String, Aead> changed = changedInThisTransaction();
    if (changed != null) {
      changed.remove(subject);
    }
    // The ledger outlives database restores. Written once the erasure has committed; a crash in
    // between leaves the erasure in the database only, as documented.
    afterCommit(() -> ledger.record(subject));
  }

  /** {@code select … where subject in (…) …} with the subjects bound. */
  private static PreparedStatement bySubjects(
      Connection c, String select, List<String> subjects, String rest) throws SQLException {
    String marks = String.join(",", java.util.Collections.nCopies(subjects.size(), "?"));
    PreparedStatement p = c.prepareStatement(select + " where subject in (" + marks + ")" + rest);
    for (int i = 0; i < subjects.size(); i++) {
      p.setString(i + 1, subjects.get(i));
    }
    return p;
  }

  /** Runs once the current transaction has committed; not at all if it rolls back. */
  private void afterCommit(Runnable action) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              action.run();
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

  /** Keysets changed (rotated, older keys retired) in this transaction; null outside of one. */
  private Map<String, Aead> changedInThisTransaction() {
    return transactions.getTransactionKey() == null ? null : changedInThisTransaction(false);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Aead> changedInThisTransaction(boolean create) {
    Map<String, Aead> changed = (Map<String, Aead>) transactions.getResource(CHANGED);
    if (changed == null && create) {
      changed = new HashMap<>();
      transactions.putResource(CHANGED, changed);
    }
    return changed;
  }

  private Aead cached(String subject) {
    Cached c = cache.get(subject);
    if (c == null) {
      return null;
    }
    if (System.nanoTime() - c.at() > cacheNanos) {
      cache.remove(subject, c);
      return null;
    }
    return c.aead();
  }

  private void remember(String subject, Aead aead) {
    if (cache.size() >= CACHE_LIMIT) {
      cache.clear();
    }
    cache.put(subject, new Cached(aead, System.nanoTime()));
  }

  private record Cached(Aead aead, long at) {}

  private record Pending(String kekId, String wrapped, Aead aead) {}
}
