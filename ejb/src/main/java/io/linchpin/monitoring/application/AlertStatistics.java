package io.linchpin.monitoring.application;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the review of alerts is computed from, counted in the database: alerts about people in the
 * caller's reach per detector, status and period, and the detectors about too few people.
 */
public interface AlertStatistics {

  /**
   * The alerts raised in [{@code bounds[0]}, {@code bounds[n]}) about people of the whole org units
   * in the caller's reach (under {@code unitPath}, of the role family, when given), from the counts
   * kept with the alerts, per detector, status and period {@code i} = [{@code bounds[i]}, {@code
   * bounds[i+1]}); and, for a caller who does not see everyone, the detectors whose alerts there
   * are about fewer than {@code minPeople} people.
   */
  AlertCounts counts(String unitPath, String roleFamily, List<Instant> bounds, int minPeople);

  /**
   * People counted by their monthly risk scores in [{@code from}, {@code to}], from the tallies the
   * scans keep, in the whole org units in the caller's reach (under {@code unitPath}, of the role
   * family, when given): per month, org unit, role family and score; and for the latest month per
   * criticality band (0–4, twenty points each) and score.
   */
  RiskTallies risks(String unitPath, String roleFamily, YearMonth from, YearMonth to);

  /**
   * The highest risk scores of a month among the people of {@code ids} the caller may see: at least
   * {@code wanted} of them (with any tied with the last) when that many were scored, by employee
   * id; the others' scores are lower or absent.
   */
  Map<Long, Integer> highestScores(Collection<Long> ids, YearMonth month, int wanted);

  /**
   * {@code latest}: the latest month with scores, null when none; {@code byUnit}: per month, org
   * unit and score (role family null); {@code byFamily}: per month, role family and score (org unit
   * null).
   */
  record RiskTallies(
      YearMonth latest, List<RiskCount> byUnit, List<RiskCount> byFamily, List<HeatCount> heat) {}

  record RiskCount(YearMonth month, Long orgUnitId, String roleFamily, int score, long people) {}

  record HeatCount(int criticalityBand, int score, long people) {}

  /** The counts, and per detector its name and the distinct people its alerts are about. */
  record AlertCounts(
      List<AlertCount> counts, Map<String, String> names, java.util.Set<String> fewPeople) {}

  /**
   * Alerts of a detector with a status ({@code NEW}, {@code TRIAGED}, {@code CASE_OPENED}, {@code
   * DISMISSED}) raised in period {@code period}.
   */
  record AlertCount(String detectorKey, String status, int period, long alerts) {}
}
