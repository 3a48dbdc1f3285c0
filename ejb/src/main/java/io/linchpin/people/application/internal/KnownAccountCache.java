package io.linchpin.people.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The accounts this server has recorded lately, so that a request of an account whose user name and
 * roles have not changed writes nothing. A sign-in is written again at least every {@link
 * #REFRESH_MILLIS}, which keeps "last seen" current to within that.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class KnownAccountCache {

  static final long REFRESH_MILLIS = 3_600_000;
  private static final int LIMIT = 50_000;

  public record Key(String issuer, String subject) {}

  public record Seen(long id, String username, List<String> roles, long writtenAt) {}

  private final Map<Key, Seen> entries = new ConcurrentHashMap<>();

  /** The account's id when it was recorded lately with this user name and these roles. */
  public Long current(Key key, String username, List<String> roles) {
    Seen seen = entries.get(key);
    if (seen == null
        || !seen.username().equals(username)
        || !seen.roles().equals(roles)
        || seen.writtenAt() + REFRESH_MILLIS < System.currentTimeMillis()) {
      return null;
    }
    return seen.id();
  }

  public void put(Key key, long id, String username, List<String> roles) {
    if (entries.size() >= LIMIT) {
      entries.clear();
    }
    entries.put(key, new Seen(id, username, List.copyOf(roles), System.currentTimeMillis()));
  }
}
