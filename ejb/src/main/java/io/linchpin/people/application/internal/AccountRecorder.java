package io.linchpin.people.application.internal;

import io.linchpin.people.domain.AccessRepository;
import io.linchpin.people.domain.KnownAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Records a sign-in of an account, in a transaction of its own: the first one adds the account, a
 * later one updates its user name, roles and when it was last seen.
 */
@Stateless
@PermitAll
public class AccountRecorder {

  @Inject AccessRepository access;
  @PersistenceContext EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long record(String issuer, String subject, String username, List<String> roles) {
    Instant now = Instant.now();
    KnownAccount known =
        access
            .knownAccount(issuer, subject)
            .orElseGet(
                () -> {
                  KnownAccount added = new KnownAccount(issuer, subject, username, roles, now);
                  access.add(added);
                  return added;
                });
    known.seen(username, roles, now);
    em.flush();
    return known.getId();
  }
}
