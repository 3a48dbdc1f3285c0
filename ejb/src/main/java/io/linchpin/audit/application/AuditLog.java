package io.linchpin.audit.application;

import io.linchpin.audit.domain.ChainVerifier.Verification;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.Page;
import java.util.List;

/**
 * The audit log. {@link #record} writes in the caller's transaction, so a write is on record
 * exactly when it committed; {@link #recordNow} writes at once, for reads and refusals that must
 * stay on record whatever happens next.
 */
public interface AuditLog {

  void record(
      AuditOperation operation,
      String objectType,
      String objectId,
      List<String> fields,
      String purpose);

  void recordNow(
      AuditOperation operation,
      String objectType,
      String objectId,
      List<String> fields,
      String purpose,
      String outcome);

  /** For work done on someone's behalf by the system (an import job): names them as the actor. */
  void recordFor(
      String actor, AuditOperation operation, String objectType, String objectId, String purpose);

  Page<AuditEntryView> search(AuditQuery query);

  /** Checks the whole chain and its head; records that it was verified. */
  Verification verify();

  /** The current head with its keyed checkpoint, to be kept somewhere else. */
  Checkpoint checkpoint();

  /**
   * A head of the log as exported: seq, hash, keyed checkpoint (HMAC, checked by the server), and
   * an Ed25519 signature of {@code seq + ":" + hash} with the public key that verifies it, so that
   * anyone can check the checkpoint later without a secret.
   */
  record Checkpoint(long seq, String hash, String checkpoint, String signature, String publicKey) {}
}
