package io.linchpin.monitoring.domain;

import io.linchpin.shared.Formulas;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A detector's optional condition: an expression in the formula language (CEL) that must also hold
 * for the detector to raise an alert, e.g. {@code change >= 0.3 && current >= 5} (ignore a rise
 * from one trip day to two) or {@code criticality >= 60} (only core people). It sees the numbers of
 * what the detector found — those its type produces — and the person's criticality score.
 */
public final class DetectorCondition {

  /** Longest condition kept. */
  public static final int MAX_LENGTH = 1000;

  /**
   * Every variable a condition may name: {@code change}, {@code current}, {@code baseline}, {@code
   * threshold} (jump, divergence: of the first signal; ratio: the usual), {@code otherChange}
   * (divergence), {@code value}, {@code factor} (ratio), {@code lowest}, {@code highest}, {@code
   * limit} (streak), {@code records} (external event: how many), {@code criticality} (0–100, 0 when
   * the person is not assessed).
   */
  public static final Map<String, Formulas.Kind> VARIABLES;

  static {
    Map<String, Formulas.Kind> v = new LinkedHashMap<>();
    for (String name :
        List.of(
            "change",
            "current",
            "baseline",
            "threshold",
            "otherChange",
            "value",
            "factor",
            "lowest",
            "highest",
            "limit",
            "records",
            "criticality")) {
      v.put(name, Formulas.Kind.VALUE);
    }
    VARIABLES = Collections.unmodifiableMap(v);
  }

  private DetectorCondition() {}

  /** The condition's variables for what a detector found about a person, as numbers. */
  public static Map<String, Object> values(
      DetectorRule rule, Detection detection, BigDecimal criticality) {
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, Object> e = detection.evidence();
    if (rule.type() == DetectorType.DIVERGENCE) {
      Map<?, ?> first = e.get(rule.series().name()) instanceof Map<?, ?> m ? m : Map.of();
      Map<?, ?> second = e.get(rule.otherSeries().name()) instanceof Map<?, ?> m ? m : Map.of();
      put(values, "change", first.get("change"));
      put(values, "current", first.get("current"));
      put(values, "baseline", first.get("baseline"));
      put(values, "otherChange", second.get("change"));
    } else {
      for (String key : List.of("change", "current", "baseline", "value", "factor", "limit")) {
        put(values, key, e.get(key));
      }
    }
    put(values, "threshold", e.get("threshold"));
    if (e.get("points") instanceof List<?> points && !points.isEmpty()) {
      double lowest = Double.MAX_VALUE;
      double highest = -Double.MAX_VALUE;
      for (Object p : points) {
        if (p instanceof Map<?, ?> point && point.get("value") instanceof BigDecimal b) {
          lowest = Math.min(lowest, b.doubleValue());
          highest = Math.max(highest, b.doubleValue());
        }
      }
      values.put("lowest", lowest);
      values.put("highest", highest);
    }
    if (e.get("records") instanceof List<?> records) {
      values.put("records", (double) records.size());
    }
    values.put("criticality", criticality == null ? 0.0 : criticality.doubleValue());
    return values;
  }

  private static void put(Map<String, Object> values, String key, Object v) {
    if (v instanceof BigDecimal b) {
      values.put(key, b.doubleValue());
    } else if (v instanceof Number n) {
      values.put(key, n.doubleValue());
    }
  }
}
