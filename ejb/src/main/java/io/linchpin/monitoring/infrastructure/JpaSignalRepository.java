package io.linchpin.monitoring.infrastructure;

import io.linchpin.monitoring.domain.SignalRepository;
import io.linchpin.monitoring.domain.SignalSeries;
import io.linchpin.monitoring.domain.SignalValue;
import io.linchpin.shared.InLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class JpaSignalRepository implements SignalRepository {

  /** A range of person ids at most this many times the people asked for is read whole. */
  private static final int DENSE = 3;

  @PersistenceContext EntityManager em;

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

  /**
   * Person, series, month and value of these people's signals in the months. People numbered
   * closely together (as a scan's groups are) are read as one range of the person-and-month index
   * and the others in the range dropped here: H2 checks every row against an IN list value by
   * value, which cost a full scan more than half its time. Scattered people are read through IN
   * lists. No condition on the series: with one, H2 left the person out of its index lookup and
   * read every person's months; the few unwanted series are dropped by the caller.
   */
  private List<Object[]> rows(Collection<Long> employeeIds, YearMonth from, YearMonth to) {
    if (employeeIds.isEmpty()) {
      return List.of();
    }
    long first = java.util.Collections.min(employeeIds);
    long last = java.util.Collections.max(employeeIds);
    if (last - first < DENSE * employeeIds.size()) {
      Set<Long> wanted = new java.util.HashSet<>(employeeIds);
      return em
          .createQuery(
              "select v.employeeId, v.series, v.period, v.value from SignalValue v"
                  + " where v.employeeId between :first and :last and v.period between :f and :t",
              Object[].class)
          .setParameter("first", first)
          .setParameter("last", last)
          .setParameter("f", from.atDay(1))
          .setParameter("t", to.atDay(1))
          .getResultList()
          .stream()
          .filter(row -> wanted.contains((Long) row[0]))
          .toList();
    }
    return InLists.query(
        employeeIds,
        slice ->
            em.createQuery(
                    "select v.employeeId, v.series, v.period, v.value from SignalValue v"
                        + " where v.employeeId in :ids and v.period between :f and :t",
                    Object[].class)
                .setParameter("ids", slice)
                .setParameter("f", from.atDay(1))
                .setParameter("t", to.atDay(1))
                .getResultList());
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

  @Override
  public Map<Long, Map<SignalSeries, Map<YearMonth, BigDecimal>>> history(
      Collection<Long> employeeIds, Set<SignalSeries> series, YearMonth from, YearMonth to) {
    Map<Long, Map<SignalSeries, Map<YearMonth, BigDecimal>>> byPerson = new HashMap<>();
    if (series.isEmpty()) {
      return byPerson;
    }
    rows(employeeIds, from, to).stream()
        .filter(row -> series.contains((SignalSeries) row[1]))
        .forEach(
            row ->
                byPerson
                    .computeIfAbsent((Long) row[0], k -> new EnumMap<>(SignalSeries.class))
                    .computeIfAbsent((SignalSeries) row[1], k -> new HashMap<>())
                    .put(YearMonth.from((LocalDate) row[2]), (BigDecimal) row[3]));
    return byPerson;
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
