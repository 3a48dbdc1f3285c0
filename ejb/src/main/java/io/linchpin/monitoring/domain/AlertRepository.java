package io.linchpin.monitoring.domain;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Alerts and scans. */
public interface AlertRepository {

  void add(Alert alert);

  Optional<Alert> alert(long id);

  /**
   * The alerts of these people ending with a month from {@code first} to {@code last}, keyed
   * "employeeId/detectorKey"; of two for the same key, the one ending later.
   */
  Map<String, Alert> ending(Collection<Long> employeeIds, YearMonth first, YearMonth last);

  /** The newest alerts (of a status when given), at most {@code max}. */
  List<Alert> latest(AlertStatus status, int max);

  /** A person's alerts, newest first. */
  List<Alert> of(long employeeId);

  /**
   * Detector, its name and severity of each alert of these people still open (new, triaged, case
   * opened) and raised since the moment, by employee id.
   */
  Map<Long, List<RiskScore.Open>> open(Collection<Long> employeeIds, java.time.Instant since);

  /** The scores of these people's risk snapshots for a month, by employee id. */
  Map<Long, RiskSnapshot.Scores> riskScores(Collection<Long> employeeIds, YearMonth month);

  /** Sets the scores of a person's risk snapshot for a month, found then. */
  void updateRisk(long employeeId, YearMonth month, RiskScore risk, java.time.Instant at);

  void add(RiskSnapshot risk);

  /** A person's risk snapshots, oldest first. */
  List<RiskSnapshot> risks(long employeeId);

  void add(ScanRun scan);

  void add(AlertNotice notice);

  void add(ExplanationRequest request);

  Optional<ExplanationRequest> explanationRequest(long id);

  /** A person's explanation requests, newest first. */
  List<ExplanationRequest> explanationRequestsOf(long employeeId);

  /** The explanation requests of a status, oldest first, at most {@code max}. */
  List<ExplanationRequest> explanationRequests(ExplanationRequest.Status status, int max);

  /** The notices to a partner, newest first, at most {@code max}. */
  List<AlertNotice> notices(long partnerId, int max);

  Optional<ScanRun> scan(long id);

  List<ScanRun> unfinishedScans();

  /** The newest scans, at most {@code max}. */
  List<ScanRun> scans(int max);

  /** The scan that completed last (by start), if any. */
  Optional<ScanRun> lastCompletedScan();

  /**
   * The next people after an employee id with signals since the day, in id order; when {@code
   * recordedSince} is given, only those with a signal recorded at or after it.
   */
  List<Long> peopleWithSignalsAfter(
      long employeeId, java.time.LocalDate since, java.time.Instant recordedSince, int max);

  /** Whether any signal was recorded after the instant. */
  boolean signalsRecordedSince(java.time.Instant since);

  /**
   * The alerts raised in [{@code bounds[0]}, {@code bounds[n]}) and counted ({@link #countAlerts})
   * in the whole org units {@code visibility} covers (under {@code unitPath}, of the role family,
   * when given), per detector, status and period {@code i} = [{@code bounds[i]}, {@code
   * bounds[i+1]}); with the detectors' names and, when {@code fewPeople}, the detectors whose
   * alerts there are about fewer than {@code fewPeople} people. Whole months of the server's zone
   * {@code zone} are read from the counts, the days of a month cut by the period from the alerts.
   */
  AlertTally tally(
      io.linchpin.shared.Visibility visibility,
      String unitPath,
      String jobFamily,
      List<java.time.Instant> bounds,
      java.time.ZoneId zone,
      int fewPeople);

  /**
   * Counts the alerts not counted yet ({@link Alert#getTallyId}) in the month of the zone they were
   * raised in, with their person's org unit and role family now; at most {@code max} of them, the
   * number counted returned.
   */
  int countAlerts(java.time.ZoneId zone, int max);

  /** The alert moved from status {@code before} to its status now: its count moves with it. */
  void statusChanged(Alert alert, AlertStatus before);

  /** The people's risk scores per month in [{@code from}, {@code to}], by employee id. */
  Map<Long, Map<YearMonth, Integer>> riskScores(
      Collection<Long> employeeIds, YearMonth from, YearMonth to);

  /**
   * Writes the month's risk tallies again from its risk snapshots, counting the people not erased
   * by the org unit and role family they are in now.
   */
  void retally(YearMonth month);

  /**
   * The highest risk scores of a month among {@code among}: walking the month's scores from the
   * highest down until {@code wanted} of those people are found (and any tied with the last), by
   * employee id; fewer when fewer have a score that month.
   */
  Map<Long, Integer> highestScores(YearMonth month, java.util.Set<Long> among, int wanted);

  /** The months that have risk snapshots but no tallies, oldest first. */
  List<YearMonth> untallied();

  /**
   * People counted from the tallies of [{@code from}, {@code to}] in the whole org units {@code
   * visibility} covers (under {@code unitPath}, of the role family, when given).
   */
  RiskCounts riskCounts(
      io.linchpin.shared.Visibility visibility,
      String unitPath,
      String jobFamily,
      YearMonth from,
      YearMonth to);
}
