package io.linchpin.monitoring.infrastructure;

import io.linchpin.monitoring.domain.SignalRepository;
import io.linchpin.monitoring.domain.SignalSeries;
import io.linchpin.monitoring.domain.SignalValue;
import io.linchpin.shared.InLists;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

@ApplicationScoped
public class JpaSignalRepository implements SignalRepository {

  @PersistenceContext EntityManager em;

  @Resource(lookup = "java:jboss/datasources/LinchpinDS")
  DataSource dataSource;

  @Override
  public void add(SignalValue value) {
    em.persist(value);
  }

  @Override
  public List<SignalValue> values(long employeeId, YearMonth from, YearMonth to) {
    return em.createQuery(
            "select v from SignalValue v where v.employeeId = :e and v.period between :f and :t"
                + " order by v.period, v.series",
            SignalValue.class)
        .setParameter("e", employeeId)
        .setParameter("f", from.atDay(1))
        .setParameter("t", to.atDay(1))
        .getResultList();
  }

  @Override
  public List<SignalValue> values(Collection<Long> employeeIds, YearMonth from, YearMonth to) {
    return InLists.query(
        employeeIds,
        slice ->
            em.createQuery(
                    "select v from SignalValue v where v.employeeId in :ids"
                        + " and v.period between :f and :t",
                    SignalValue.class)
                .setParameter("ids", slice)
                .setParameter("f", from.atDay(1))
                .setParameter("t", to.atDay(1))
                .getResultList());
  }

  /**
   * Read with plain JDBC, straight into numbers: a scan reads millions of these rows, and entity or
   * tuple materialisation cost it more than the database did. People numbered closely together (as
   * a scan's groups are) are read as one range of the person-and-month index. No condition on the
   * series: with one, H2 left the person out of its index lookup and read every person's months;
   * the few unwanted series are dropped here before their other columns are read.
   */
  @Override
  public Map<Long, Map<SignalSeries, Map<YearMonth, BigDecimal>>> history(
      Collection<Long> employeeIds, Set<SignalSeries> series, YearMonth from, YearMonth to) {
    Map<Long, Map<SignalSeries, Map<YearMonth, BigDecimal>>> byPerson = new HashMap<>();
    if (series.isEmpty() || employeeIds.isEmpty()) {
      return byPerson;
    }
    Map<String, SignalSeries> wanted = new HashMap<>();
    series.forEach(s -> wanted.put(s.name(), s));
    Set<Long> people = new HashSet<>(employeeIds);
    long first = Collections.min(people);
    long last = Collections.max(people);
    try (Connection c = dataSource.getConnection()) {
      if (InLists.isDense(first, last, people.size())) {
        try (PreparedStatement q =
            c.prepareStatement(
                "select employee_id, series, period_start, signal_value from signal_value"
                    + " where employee_id between ? and ? and period_start between ? and ?")) {
          q.setLong(1, first);
          q.setLong(2, last);
          q.setObject(3, from.atDay(1));
          q.setObject(4, to.atDay(1));
          read(q, wanted, last - first + 1 == people.size() ? null : people, byPerson);
        }
      } else {
        for (List<Long> slice : InLists.slices(people)) {
          try (PreparedStatement q =
              c.prepareStatement(
                  "select employee_id, series, period_start, signal_value from signal_value"
                      + " where employee_id in ("
                      + String.join(", ", Collections.nCopies(slice.size(), "?"))
                      + ") and period_start between ? and ?")) {
            int i = 1;
            for (Long id : slice) {
              q.setLong(i++, id);
            }
            q.setObject(i++, from.atDay(1));
            q.setObject(i, to.atDay(1));
            read(q, wanted, null, byPerson);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The signal history could not be read", e);
    }
    return byPerson;
  }

  /** The rows of the query into the map: only the wanted series, and people when given. */
  private static void read(
      PreparedStatement q,
      Map<String, SignalSeries> wanted,
      Set<Long> people,
      Map<Long, Map<SignalSeries, Map<YearMonth, BigDecimal>>> byPerson)
      throws SQLException {
    try (ResultSet rs = q.executeQuery()) {
      Map<SignalSeries, Map<YearMonth, BigDecimal>> current = null;
      long currentId = Long.MIN_VALUE;
      while (rs.next()) {
        long id = rs.getLong(1);
        SignalSeries s = wanted.get(rs.getString(2));
        if (s == null || (people != null && !people.contains(id))) {
          continue;
        }
        if (current == null || id != currentId) {
          current = byPerson.computeIfAbsent(id, k -> new EnumMap<>(SignalSeries.class));
          currentId = id;
        }
        current
            .computeIfAbsent(s, k -> new HashMap<>())
            .put(YearMonth.from(rs.getObject(3, LocalDate.class)), rs.getBigDecimal(4));
      }
    }
  }

  @Override
  public Map<String, SignalValue> existing(
      Collection<Long> employeeIds, YearMonth from, YearMonth to) {
    Map<String, SignalValue> byKey = new HashMap<>();
    InLists.query(
            employeeIds,
            slice ->
                em.createQuery(
                        "select v from SignalValue v where v.employeeId in :ids"
                            + " and v.period between :f and :t",
                        SignalValue.class)
                    .setParameter("ids", slice)
                    .setParameter("f", from.atDay(1))
                    .setParameter("t", to.atDay(1))
                    .getResultList())
        .forEach(
            v ->
                byKey.put(SignalRepository.key(v.getEmployeeId(), v.getSeries(), v.getMonth()), v));
    return byKey;
  }
}
