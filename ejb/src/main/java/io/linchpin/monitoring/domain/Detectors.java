package io.linchpin.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides each detector type for one person and month from their own history: the rules of {@link
 * DetectorType}, with missing months left out (never read as zero), too short a history or a zero
 * baseline left undecided rather than guessed.
 */
public final class Detectors {

  /** A record an external check found: its kind and when it happened. */
  public record ExternalEvent(String kind, LocalDate occurredOn, String category) {}

  private Detectors() {}

  public static Detection evaluate(
      DetectorRule rule,
      YearMonth month,
      Map<SignalSeries, SeriesHistory> signals,
      List<ExternalEvent> events) {
    return switch (rule.type()) {
      case JUMP -> jump(rule, month, history(signals, rule.series()));
      case STREAK -> streak(rule, month, history(signals, rule.series()));
      case DIVERGENCE -> divergence(rule, month, signals);
      case RATIO -> ratio(rule, month, history(signals, rule.series()));
      case EXTERNAL_EVENT -> external(rule, month, events);
    };
  }

  private static SeriesHistory history(Map<SignalSeries, SeriesHistory> signals, SignalSeries s) {
    return signals.getOrDefault(s, SeriesHistory.empty());
  }

  /** The change of the recent window against the baseline before it, or why it has none. */
  private record Change(
      List<SeriesHistory.Point> window,
      List<SeriesHistory.Point> baseline,
      BigDecimal current,
      BigDecimal normal,
      BigDecimal change,
      String undecided) {}

  private static Change change(DetectorRule rule, YearMonth month, SeriesHistory h) {
    List<SeriesHistory.Point> window = h.window(month, rule.windowMonths());
    List<SeriesHistory.Point> baseline =
        h.window(month.minusMonths(rule.windowMonths()), rule.baselineMonths());
    if (window.size() < rule.windowMonths()) {
      return new Change(window, baseline, null, null, null, "months missing in the window");
    }
    if (baseline.size() < DetectorRule.MIN_BASELINE_VALUES) {
      return new Change(window, baseline, null, null, null, "too short a history for a baseline");
    }
    BigDecimal current = SeriesHistory.mean(window).orElseThrow();
    BigDecimal normal = SeriesHistory.mean(baseline).orElseThrow();
    if (normal.signum() == 0) {
      return new Change(window, baseline, current, normal, null, "the baseline is zero");
    }
    BigDecimal change =
        current
            .divide(normal, 6, RoundingMode.HALF_UP)
            .subtract(BigDecimal.ONE)
            .setScale(4, RoundingMode.HALF_UP);
    return new Change(window, baseline, current, normal, change, null);
  }

  private static Detection jump(DetectorRule rule, YearMonth month, SeriesHistory h) {
    Change c = change(rule, month, h);
    YearMonth from = month.minusMonths(rule.windowMonths() - 1L);
    if (c.undecided() != null) {
      return Detection.undecided(c.undecided(), from, month);
    }
    Map<String, Object> evidence = evidence(rule.series(), c);
    evidence.put("threshold", rule.threshold());
    return c.change().compareTo(rule.threshold()) >= 0
        ? Detection.raised(from, month, evidence)
        : Detection.quiet(from, month, evidence);
  }

  private static Detection divergence(
      DetectorRule rule, YearMonth month, Map<SignalSeries, SeriesHistory> signals) {
    Change a = change(rule, month, history(signals, rule.series()));
    Change b = change(rule, month, history(signals, rule.otherSeries()));
    YearMonth from = month.minusMonths(rule.windowMonths() - 1L);
    if (a.undecided() != null || b.undecided() != null) {
      return Detection.undecided(
          a.undecided() != null
              ? rule.series() + ": " + a.undecided()
              : rule.otherSeries() + ": " + b.undecided(),
          from,
          month);
    }
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put(rule.series().name(), evidence(rule.series(), a));
    evidence.put(rule.otherSeries().name(), evidence(rule.otherSeries(), b));
    evidence.put("threshold", rule.threshold().negate());
    BigDecimal limit = rule.threshold().negate();
    return a.change().compareTo(limit) <= 0 && b.change().compareTo(limit) <= 0
        ? Detection.raised(from, month, evidence)
        : Detection.quiet(from, month, evidence);
  }

  private static Detection streak(DetectorRule rule, YearMonth month, SeriesHistory h) {
    YearMonth from = month.minusMonths(rule.periods() - 1L);
    List<SeriesHistory.Point> points = h.window(month, rule.periods());
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("series", rule.series().name());
    evidence.put("points", points(points));
    evidence.put("limit", rule.threshold());
    evidence.put("periods", rule.periods());
    if (points.size() < rule.periods()) {
      return Detection.quiet(from, month, evidence); // a missing month breaks the run
    }
    boolean over = points.stream().allMatch(p -> p.value().compareTo(rule.threshold()) > 0);
    return over ? Detection.raised(from, month, evidence) : Detection.quiet(from, month, evidence);
  }

  private static Detection ratio(DetectorRule rule, YearMonth month, SeriesHistory h) {
    Optional<BigDecimal> latest = h.value(month);
    List<SeriesHistory.Point> baseline = h.window(month.minusMonths(1), rule.baselineMonths());
    if (latest.isEmpty()) {
      return Detection.undecided("no value for " + month, month, month);
    }
    if (baseline.size() < DetectorRule.MIN_BASELINE_VALUES) {
      return Detection.undecided("too short a history for a baseline", month, month);
    }
    BigDecimal normal = SeriesHistory.mean(baseline).orElseThrow();
    if (normal.signum() == 0) {
      return Detection.undecided("the baseline is zero", month, month);
    }
    BigDecimal factor = latest.get().divide(normal, 4, RoundingMode.HALF_UP);
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("series", rule.series().name());
    evidence.put("value", latest.get());
    evidence.put("baseline", normal);
    evidence.put("baselinePoints", points(baseline));
    evidence.put("factor", factor);
    evidence.put("threshold", rule.threshold());
    return factor.compareTo(rule.threshold()) >= 0
        ? Detection.raised(month, month, evidence)
        : Detection.quiet(month, month, evidence);
  }

  private static Detection external(
      DetectorRule rule, YearMonth month, List<ExternalEvent> events) {
    YearMonth from = month.minusMonths(rule.windowMonths() - 1L);
    List<Map<String, Object>> matching = new ArrayList<>();
    for (ExternalEvent e : events) {
      YearMonth when = YearMonth.from(e.occurredOn());
      if (rule.kinds().contains(e.kind()) && !when.isBefore(from) && !when.isAfter(month)) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", e.kind());
        m.put("category", e.category());
        m.put("occurredOn", e.occurredOn().toString());
        matching.add(m);
      }
    }
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("records", matching);
    evidence.put("kinds", List.copyOf(new java.util.TreeSet<>(rule.kinds())));
    return matching.isEmpty()
        ? Detection.quiet(from, month, evidence)
        : Detection.raised(from, month, evidence);
  }

  private static Map<String, Object> evidence(SignalSeries series, Change c) {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("series", series.name());
    evidence.put("window", points(c.window()));
    evidence.put("baselinePoints", points(c.baseline()));
    evidence.put("current", c.current());
    evidence.put("baseline", c.normal());
    evidence.put("change", c.change());
    return evidence;
  }

  private static List<Map<String, Object>> points(List<SeriesHistory.Point> points) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (SeriesHistory.Point p : points) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("month", p.month().toString());
      m.put("value", p.value());
      list.add(m);
    }
    return list;
  }
}
