package io.linchpin.monitoring.domain;

import java.util.List;
import java.util.Map;

/**
 * Alerts counted for the review, nothing sensitive: per detector, status and period; and per
 * detector its latest name and the distinct people its alerts are about.
 */
public record AlertTally(List<Count> counts, Map<String, String> names, Map<String, Long> people) {

  /** Alerts of a detector in a status raised in period {@code period}. */
  public record Count(String detectorKey, AlertStatus status, int period, long alerts) {}
}
