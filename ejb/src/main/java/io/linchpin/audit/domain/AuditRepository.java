package io.linchpin.audit.domain;

import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.Page;
import java.time.Instant;
import java.util.function.Predicate;

/** Storage of the log. */
public interface AuditRepository {

  /**
   * Moves the head from where it was last seen to {@code to}, in one statement that also locks it
   * until the transaction ends; false, and nothing changed, if it no longer stands at {@code from}
   * (another transaction or server appended since).
   */
  boolean moveHead(ChainEnd from, ChainEnd to, String checkpoint);

  /** Locks the head until the transaction ends, and says where the chain ends. */
  ChainEnd lockHead();

  /** Moves the head, locked by this transaction, to {@code to}. */
  void moveHead(ChainEnd to, String checkpoint);

  AuditHead head();

  void append(AuditEntry entry);

  /** Feeds every entry in sequence order to the consumer until it returns false. */
  void forEachInOrder(Predicate<AuditEntry> consumer);

  /** Entries matching the criteria, newest first. */
  Page<AuditEntry> search(Criteria criteria);

  /** What an auditor searches by. */
  record Criteria(
      String actor,
      String objectType,
      String objectId,
      AuditOperation operation,
      Instant from,
      Instant to,
      int page,
      int size) {}
}
