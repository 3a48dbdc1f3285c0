package io.linchpin.audit.infrastructure;

import io.linchpin.audit.domain.AuditEntry;
import io.linchpin.audit.domain.AuditHead;
import io.linchpin.audit.domain.AuditRepository;
import io.linchpin.audit.domain.ChainEnd;
import io.linchpin.shared.Page;
import io.linchpin.shared.Paging;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * Storage of the audit log: entries through JPA; the head row through JDBC, at once and in the
 * appending transaction, so that it is locked from the first append of a transaction to its end.
 */
@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

  private static final int BATCH = 1000;

  @PersistenceContext private EntityManager em;

  @Resource(lookup = "java:jboss/datasources/LinchpinDS")
  DataSource dataSource;

  @Override
  public boolean moveHead(ChainEnd from, ChainEnd to, String checkpoint) {
    return updateHead(to, checkpoint, from) == 1;
  }

  @Override
  public ChainEnd lockHead() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement p =
            c.prepareStatement(
                "select last_seq, last_hash from audit_head where id = ? for update")) {
      p.setLong(1, AuditHead.ID);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("the audit log has no head row");
        }
        return new ChainEnd(rs.getLong(1), rs.getString(2));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the audit log's head cannot be locked", e);
    }
  }

  @Override
  public void moveHead(ChainEnd to, String checkpoint) {
    updateHead(to, checkpoint, null);
  }

  private int updateHead(ChainEnd to, String checkpoint, ChainEnd from) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement p =
            c.prepareStatement(
                "update audit_head set last_seq = ?, last_hash = ?, checkpoint = ? where id = ?"
                    + (from == null ? "" : " and last_seq = ? and last_hash = ?"))) {
      p.setLong(1, to.seq());
      p.setString(2, to.hash());
      p.setString(3, checkpoint);
      p.setLong(4, AuditHead.ID);
      if (from != null) {
        p.setLong(5, from.seq());
        p.setString(6, from.hash());
      }
      return p.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("the audit log's head cannot be moved", e);
    }
  }

  @Override
  public AuditHead head() {
    return em.find(AuditHead.class, AuditHead.ID);
  }

  @Override
  public void append(AuditEntry entry) {
    em.persist(entry);
  }

  @Override
  public void forEachInOrder(Predicate<AuditEntry> consumer) {
    long after = 0;
    while (true) {
      List<AuditEntry> batch =
          em.createQuery(
                  "select e from AuditEntry e where e.seq > :after order by e.seq",
                  AuditEntry.class)
              .setParameter("after", after)
              .setMaxResults(BATCH)
              .getResultList();
      for (AuditEntry e : batch) {
        if (!consumer.test(e)) {
          return;
        }
        after = e.getSeq();
      }
      em.clear();
      if (batch.size() < BATCH) {
        return;
      }
    }
  }

  @Override
  public Page<AuditEntry> search(Criteria q) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (q.actor() != null) {
      where.append(" and e.actor = :actor");
      params.put("actor", q.actor());
    }
    if (q.objectType() != null) {
      where.append(" and e.objectType = :objectType");
      params.put("objectType", q.objectType());
    }
    if (q.objectId() != null) {
      where.append(" and e.objectId = :objectId");
      params.put("objectId", q.objectId());
    }
    if (q.operation() != null) {
      where.append(" and e.operation = :operation");
      params.put("operation", q.operation());
    }
    if (q.from() != null) {
      where.append(" and e.occurredAtMicros >= :from");
      params.put("from", micros(q.from()));
    }
    if (q.to() != null) {
      where.append(" and e.occurredAtMicros < :to");
      params.put("to", micros(q.to()));
    }
    TypedQuery<AuditEntry> query =
        em.createQuery(
            "select e from AuditEntry e" + where + " order by e.seq desc", AuditEntry.class);
    TypedQuery<Long> count =
        em.createQuery("select count(e) from AuditEntry e" + where, Long.class);
    params.forEach(
        (k, v) -> {
          query.setParameter(k, v);
          count.setParameter(k, v);
        });
    List<AuditEntry> items =
        query
            .setFirstResult(Paging.offset(q.page(), q.size()))
            .setMaxResults(q.size())
            .getResultList();
    return new Page<>(items, count.getSingleResult(), q.page(), q.size());
  }

  private static long micros(Instant instant) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
  }
}
