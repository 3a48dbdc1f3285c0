package io.linchpin.monitoring.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Signal values. */
public interface SignalRepository {

  void add(SignalValue value);

  /** A person's values from one month to another (inclusive), by series and month. */
  List<SignalValue> values(long employeeId, YearMonth from, YearMonth to);

  /** The values of these people from one month to another (inclusive). */
  List<SignalValue> values(Collection<Long> employeeIds, YearMonth from, YearMonth to);

  /**
   * The values of these series of these people from one month to another (inclusive), as plain
   * numbers by person, series and month: what a scan reads, without loading entities. Read past the
   * persistence context: values added in the same transaction count once flushed.
   */
  Map<Long, Map<SignalSeries, Map<YearMonth, BigDecimal>>> history(
      Collection<Long> employeeIds, Set<SignalSeries> series, YearMonth from, YearMonth to);

  /**
   * The values already kept for these people and months, keyed "employeeId/SERIES/2026-11", for
   * writing many at once.
   */
  Map<String, SignalValue> existing(Collection<Long> employeeIds, YearMonth from, YearMonth to);

  static String key(long employeeId, SignalSeries series, YearMonth month) {
    return employeeId + "/" + series + "/" + month;
  }
}
