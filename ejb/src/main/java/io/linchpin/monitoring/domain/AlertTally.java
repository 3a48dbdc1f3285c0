package io.linchpin.monitoring.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Alerts counted for the review, nothing sensitive: per detector, status and period; and per
 * detector its latest name; and the detectors whose alerts are about too few people to be shown.
 */
public record AlertTally(List<Count> counts, Map<String, String> names, Set<String> fewPeople) {

  /** Alerts of a detector in a status raised in period {@code period}. */
  public record Count(String detectorKey, AlertStatus status, int period, long alerts) {}
}
