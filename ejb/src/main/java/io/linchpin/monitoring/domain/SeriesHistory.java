package io.linchpin.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** A person's monthly values of one series; months without a value are missing, not zero. */
public final class SeriesHistory {

  /** One month's value. */
  public record Point(YearMonth month, BigDecimal value) {}

  private final NavigableMap<YearMonth, BigDecimal> values;

  private SeriesHistory(NavigableMap<YearMonth, BigDecimal> values) {
    this.values = Collections.unmodifiableNavigableMap(values);
  }

  public static SeriesHistory of(Map<YearMonth, BigDecimal> values) {
    return new SeriesHistory(new TreeMap<>(values));
  }

  public static SeriesHistory empty() {
    return new SeriesHistory(new TreeMap<>());
  }

  public Optional<BigDecimal> value(YearMonth month) {
    return Optional.ofNullable(values.get(month));
  }

  /**
   * The values of the {@code months} months ending with {@code last}, oldest first; gaps left out.
   */
  public List<Point> window(YearMonth last, int months) {
    List<Point> points = new ArrayList<>();
    for (YearMonth m = last.minusMonths(months - 1L); !m.isAfter(last); m = m.plusMonths(1)) {
      BigDecimal v = values.get(m);
      if (v != null) {
        points.add(new Point(m, v));
      }
    }
    return points;
  }

  /** The mean of the points, to four decimals; empty for none. */
  public static Optional<BigDecimal> mean(List<Point> points) {
    if (points.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Point p : points) {
      sum = sum.add(p.value());
    }
    return Optional.of(sum.divide(BigDecimal.valueOf(points.size()), 4, RoundingMode.HALF_UP));
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }
}
