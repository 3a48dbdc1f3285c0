package io.linchpin.monitoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How one detector decides, as HR admins configure it.
 *
 * @param series the signal looked at (all types but external events)
 * @param otherSeries the second signal of a divergence
 * @param windowMonths the recent months compared (jump, divergence) or searched (external event)
 * @param baselineMonths the months before the window that make the person's own normal
 * @param threshold the change, limit or factor that raises an alert (see {@link DetectorType})
 * @param periods months running (streak)
 * @param kinds record kinds that raise an alert (external event), e.g. NEW_LOAN, JUDGEMENT
 */
public record DetectorRule(
    DetectorType type,
    SignalSeries series,
    SignalSeries otherSeries,
    int windowMonths,
    int baselineMonths,
    BigDecimal threshold,
    int periods,
    Set<String> kinds) {

  /** Fewer values than this in a baseline decide nothing: a short history is not a normal. */
  public static final int MIN_BASELINE_VALUES = 3;

  public DetectorRule {
    Objects.requireNonNull(type);
    kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
  }

  /** How many months of signals, back from the month scanned, the rule looks at. */
  public int monthsNeeded() {
    return switch (type) {
      case JUMP, DIVERGENCE -> windowMonths + baselineMonths;
      case RATIO -> baselineMonths + 1;
      case STREAK -> periods;
      case EXTERNAL_EVENT -> 0;
    };
  }

  /** The signal series the rule reads. */
  public Set<SignalSeries> seriesNeeded() {
    Set<SignalSeries> needed = new java.util.HashSet<>();
    if (series != null) {
      needed.add(series);
    }
    if (otherSeries != null && type == DetectorType.DIVERGENCE) {
      needed.add(otherSeries);
    }
    return needed;
  }

  /** What is wrong with the rule; empty when it can run. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    boolean needsSeries = type != DetectorType.EXTERNAL_EVENT;
    if (needsSeries && series == null) {
      problems.add("series: required for " + type);
    }
    if (type == DetectorType.DIVERGENCE && (otherSeries == null || otherSeries == series)) {
      problems.add("otherSeries: required for DIVERGENCE, and not the same as series");
    }
    if ((type == DetectorType.JUMP
            || type == DetectorType.DIVERGENCE
            || type == DetectorType.EXTERNAL_EVENT)
        && (windowMonths < 1 || windowMonths > 24)) {
      problems.add("windowMonths: from 1 to 24");
    }
    if ((type == DetectorType.JUMP || type == DetectorType.DIVERGENCE || type == DetectorType.RATIO)
        && (baselineMonths < MIN_BASELINE_VALUES || baselineMonths > 36)) {
      problems.add("baselineMonths: from " + MIN_BASELINE_VALUES + " to 36");
    }
    if (type == DetectorType.STREAK && (periods < 1 || periods > 24)) {
      problems.add("periods: from 1 to 24");
    }
    if (type != DetectorType.EXTERNAL_EVENT) {
      if (threshold == null) {
        problems.add("threshold: required for " + type);
      } else if (type == DetectorType.RATIO && threshold.compareTo(BigDecimal.ONE) <= 0) {
        problems.add("threshold: a factor above 1 for RATIO");
      } else if ((type == DetectorType.JUMP || type == DetectorType.DIVERGENCE)
          && threshold.signum() <= 0) {
        problems.add("threshold: a share above 0 for " + type);
      }
    }
    if (type == DetectorType.EXTERNAL_EVENT && kinds.isEmpty()) {
      problems.add("kinds: at least one record kind for EXTERNAL_EVENT");
    }
    return problems;
  }
}
