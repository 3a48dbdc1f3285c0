package io.linchpin.audit.application.internal;

import io.linchpin.audit.domain.AuditEntry;
import io.linchpin.audit.domain.AuditRecord;
import io.linchpin.audit.domain.AuditRepository;
import io.linchpin.audit.domain.ChainEnd;
import io.linchpin.vault.application.CheckpointSigner;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Appends entries to the chain in the caller's transaction. The end of the chain last committed
 * through this server is remembered, so the first append of a transaction moves the head with one
 * statement that also locks it; if another transaction or server has appended since, the head is
 * locked and read first. Later appends of the same transaction chain on in memory, and the head is
 * moved to the last of them just before the transaction commits. The head stays locked from the
 * first append to the end, so entries are numbered without gaps in commit order, across servers
 * too.
 */
@ApplicationScoped
class Chaining {

  private static final Object OPEN = new Object();

  @Inject AuditRepository log;
  @Inject CheckpointSigner signer;
  @Resource TransactionSynchronizationRegistry transactions;

  private final AtomicReference<ChainEnd> committed = new AtomicReference<>();

  void append(AuditRecord record) {
    Open open = (Open) transactions.getResource(OPEN);
    if (open != null) {
      AuditEntry entry = new AuditEntry(open.end.seq() + 1, open.end.hash(), record);
      log.append(entry);
      open.end = end(entry);
      open.headMoved = false;
      return;
    }
    AuditEntry entry = null;
    ChainEnd known = committed.get();
    if (known != null) {
      AuditEntry next = new AuditEntry(known.seq() + 1, known.hash(), record);
      if (log.moveHead(known, end(next), checkpoint(end(next)))) {
        entry = next;
      }
    }
    if (entry == null) {
      ChainEnd actual = log.lockHead();
      entry = new AuditEntry(actual.seq() + 1, actual.hash(), record);
      log.moveHead(end(entry), checkpoint(end(entry)));
    }
    log.append(entry);
    Open opened = new Open(end(entry));
    transactions.putResource(OPEN, opened);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            if (!opened.headMoved) {
              log.moveHead(opened.end, checkpoint(opened.end));
              opened.headMoved = true;
            }
          }

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              committed.accumulateAndGet(
                  opened.end, (was, now) -> was == null || now.seq() > was.seq() ? now : was);
            }
          }
        });
  }

  private String checkpoint(ChainEnd end) {
    return signer.sign(end.seq() + ":" + end.hash());
  }

  private static ChainEnd end(AuditEntry entry) {
    return new ChainEnd(entry.getSeq(), entry.getHash());
  }

  /** The chain of a transaction that has appended: where it ends, and whether the head says so. */
  private static final class Open {
    ChainEnd end;
    boolean headMoved = true;

    Open(ChainEnd end) {
      this.end = end;
    }
  }
}
