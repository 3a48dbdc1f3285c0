package io.linchpin.monitoring.domain;

import java.time.YearMonth;
import java.util.Map;

/**
 * What a detector concluded about a person for a month: whether it raises an alert, why not when it
 * cannot decide (too little data), and the evidence either way — the data points, the baseline, the
 * threshold — so that anyone can check the conclusion by hand.
 */
public record Detection(
    boolean raised, String undecided, YearMonth from, YearMonth to, Map<String, Object> evidence) {

  public static Detection raised(YearMonth from, YearMonth to, Map<String, Object> evidence) {
    return new Detection(true, null, from, to, Map.copyOf(evidence));
  }

  public static Detection quiet(YearMonth from, YearMonth to, Map<String, Object> evidence) {
    return new Detection(false, null, from, to, Map.copyOf(evidence));
  }

  public static Detection undecided(String why, YearMonth from, YearMonth to) {
    return new Detection(false, why, from, to, Map.of());
  }
}
