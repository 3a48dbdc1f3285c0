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

  /** The alerts of these people ending with the month, keyed "employeeId/detectorKey". */
  Map<String, Alert> ending(Collection<Long> employeeIds, YearMonth windowTo);

  /** The newest alerts (of a status when given), at most {@code max}. */
  List<Alert> latest(AlertStatus status, int max);

  /** A person's alerts, newest first. */
  List<Alert> of(long employeeId);

  /** The alerts of these people still open (new, triaged, case opened) raised since the day. */
  List<Alert> open(Collection<Long> employeeIds, java.time.Instant since);

  /** The risk snapshots of these people for a month, by employee id. */
  Map<Long, RiskSnapshot> risks(Collection<Long> employeeIds, YearMonth month);

  void add(RiskSnapshot risk);

  /** A person's risk snapshots, oldest first. */
  List<RiskSnapshot> risks(long employeeId);

  void add(ScanRun scan);

  Optional<ScanRun> scan(long id);

  List<ScanRun> unfinishedScans();

  /** The next people after an employee id with signals since the day, in id order. */
  List<Long> peopleWithSignalsAfter(long employeeId, java.time.LocalDate since, int max);
}
