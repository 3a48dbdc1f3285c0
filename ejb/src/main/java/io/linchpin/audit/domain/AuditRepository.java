package io.linchpin.audit.domain;

import io.linchpin.shared.Page;
import java.time.Instant;
import java.util.function.Predicate;

/** Storage of the log. */
public interface AuditRepository {

  /** The head, locked until the transaction ends. */
  AuditHead lockHead();

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
