package io.linchpin.people.application.internal;

import io.linchpin.shared.Visibility;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Remembers, per account and set of roles, what the account may see, so that a request does not
 * work out reporting lines and assignments again. Every change on this server that can move a scope
 * (hires, lifecycle events, imports, HR-partner assignments, account bindings) starts a new
 * generation, which makes every remembered scope stale at once; {@link #TTL_MILLIS} bounds how long
 * a change made by another server in a cluster takes to apply here.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class ScopeCache {

  static final long TTL_MILLIS = 10_000;
  private static final int LIMIT = 10_000;

  public record Key(String issuer, String subject, List<String> roles) {}

  public record Entry(Visibility visibility, long generation, long expires) {}

  @Resource TransactionSynchronizationRegistry transactions;

  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();

  public Entry get(Key key) {
    Entry e = entries.get(key);
    if (e == null
        || e.generation() != generation.get()
        || e.expires() < System.currentTimeMillis()) {
      return null;
    }
    return e;
  }

  /** Remembers a scope worked out under {@code generation} (read before working it out). */
  public void put(Key key, Visibility visibility, long generation) {
    if (entries.size() >= LIMIT) {
      entries.clear();
    }
    entries.put(key, new Entry(visibility, generation, System.currentTimeMillis() + TTL_MILLIS));
  }

  public long generation() {
    return generation.get();
  }

  /**
   * Something that can move a scope is changing: forget every remembered scope now and again when
   * the current transaction ends, so that no scope worked out from the old data in between stays.
   */
  public void changed() {
    forget();
    if (transactions != null && transactions.getTransactionKey() != null) {
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              forget();
            }
          });
    }
  }

  private void forget() {
    generation.incrementAndGet();
    entries.clear();
  }
}
