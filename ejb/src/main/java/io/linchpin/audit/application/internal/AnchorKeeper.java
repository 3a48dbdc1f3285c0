package io.linchpin.audit.application.internal;

import io.linchpin.audit.domain.AuditHead;
import io.linchpin.audit.domain.AuditRepository;
import io.linchpin.audit.domain.ChainVerifier;
import io.linchpin.vault.application.ChainAnchorStore;
import io.linchpin.vault.application.CheckpointSigner;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the audit chain's anchor (see {@link ChainAnchorStore}) moving with the log: every minute,
 * at every exported checkpoint and at shutdown it confirms the head, when the head's keyed
 * checkpoint holds, as the new anchor. At start it checks the log against the anchor and reports a
 * log that ends before it. A minute's entries at most lie beyond the anchor; the head's keyed
 * checkpoint covers them.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "KeyRing", "AnchorFile"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class AnchorKeeper {

  private static final Logger LOG = Logger.getLogger(AnchorKeeper.class.getName());

  @Inject AuditRepository log;
  @Inject CheckpointSigner signer;
  @EJB ChainAnchorStore store;

  @PostConstruct
  void checkAtStart() {
    AuditHead head = log.head();
    store
        .read()
        .filter(mark -> mark.seq() > head.getLastSeq())
        .ifPresent(
            mark ->
                LOG.severe(
                    () ->
                        "The audit log is TAMPERED: it ends at entry "
                            + head.getLastSeq()
                            + " but entry "
                            + mark.seq()
                            + " was confirmed at "
                            + mark.at()
                            + "; entries "
                            + (head.getLastSeq() + 1)
                            + " to "
                            + mark.seq()
                            + " are missing. Auditors see it under verification."));
  }

  /** The anchor as the chain verifier takes it; {@code null} before the first. */
  public ChainVerifier.Anchor anchor() {
    return store
        .read()
        .map(m -> new ChainVerifier.Anchor(m.seq(), m.hash(), m.at().toString()))
        .orElse(null);
  }

  /** Takes the head as the new anchor when its keyed checkpoint holds. */
  public void confirm(AuditHead head) {
    if (head.getLastSeq() > 0
        && signer.verify(head.getLastSeq() + ":" + head.getLastHash(), head.getCheckpoint())) {
      store.advance(head.getLastSeq(), head.getLastHash());
    }
  }

  @Schedule(second = "30", minute = "*", hour = "*", persistent = false)
  void everyMinute() {
    confirm(log.head());
  }

  @PreDestroy
  void atShutdown() {
    try {
      confirm(log.head());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the audit anchor could not be moved at shutdown", e);
    }
  }
}
