package io.linchpin.monitoring.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.audit.domain.AuditOperation;
import io.linchpin.corerole.domain.AssessmentRepository;
import io.linchpin.monitoring.domain.Alert;
import io.linchpin.monitoring.domain.AlertRepository;
import io.linchpin.monitoring.domain.DetectorRepository;
import io.linchpin.monitoring.domain.DetectorVersion;
import io.linchpin.monitoring.domain.Detectors;
import io.linchpin.monitoring.domain.PersonScan;
import io.linchpin.monitoring.domain.RiskScore;
import io.linchpin.monitoring.domain.RiskSnapshot;
import io.linchpin.monitoring.domain.ScanRun;
import io.linchpin.monitoring.domain.SeriesHistory;
import io.linchpin.monitoring.domain.SignalRepository;
import io.linchpin.monitoring.domain.SignalSeries;
import io.linchpin.monitoring.domain.SignalValue;
import io.linchpin.people.domain.Employee;
import io.linchpin.people.domain.EmployeeRepository;
import io.linchpin.screening.application.ScreeningEvents;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The work of a scan, a group of people at a time, each group in a transaction of its own that also
 * records how far the scan got: a scan stopped half-way resumes after the last group done, and the
 * alerts it raises again merge into those it raised before. Runs inside the scan's batch job as an
 * HR admin.
 */
@Stateless
@PermitAll
@RunAs(Roles.HR_ADMIN)
public class ScanWork {

  /** People per group. */
  public static final int GROUP = 200;

  /** Months of history read per person: enough for any window and baseline. */
  static final int HISTORY_MONTHS = 60;

  /** Alerts raised within these days make up the likelihood. */
  static final int RISK_DAYS = 92;

  @Inject AlertRepository alerts;
  @Inject SignalRepository signals;
  @Inject DetectorRepository detectors;
  @Inject EmployeeRepository employees;
  @EJB ScreeningEvents events;
  @Inject AssessmentRepository assessments;
  @EJB AuditLog audit;

  private final Clock clock = Clock.systemDefaultZone();

  /** The next people to scan; empty when the scan is through. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> next(long scanId) {
    ScanRun run = run(scanId);
    long after = run.getLastEmployeeId();
    TreeSet<Long> people =
        new TreeSet<>(
            alerts.peopleWithSignalsAfter(
                after, run.getMonth().minusMonths(HISTORY_MONTHS - 1L).atDay(1), GROUP));
    people.addAll(events.peopleAfter(after, GROUP));
    return people.stream().limit(GROUP).toList();
  }

  /** Scans a group of people and records the progress with their alerts. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void process(long scanId, List<Long> ids) {
    ScanRun run = run(scanId);
    YearMonth month = run.getMonth();
    YearMonth eventsMonth = month.plusMonths(1);
    YearMonth from = month.minusMonths(HISTORY_MONTHS - 1L);
    List<DetectorVersion> enabled =
        detectors.current().stream().filter(DetectorVersion::isEnabled).toList();
    Map<Long, Map<SignalSeries, Map<YearMonth, BigDecimal>>> values = new HashMap<>();
    for (SignalValue v : signals.values(ids, from, month)) {
      values
          .computeIfAbsent(v.getEmployeeId(), k -> new EnumMap<>(SignalSeries.class))
          .computeIfAbsent(v.getSeries(), k -> new HashMap<>())
          .put(v.getMonth(), v.getValue());
    }
    Map<Long, List<ScreeningEvents.EventView>> found = events.events(ids, from.atDay(1));
    Map<String, Alert> existing = new HashMap<>(alerts.ending(ids, month));
    existing.putAll(alerts.ending(ids, eventsMonth));
    Instant now = clock.instant();
    int added = 0;
    int merged = 0;
    for (Employee person : employees.findAll(ids)) {
      if (person.isErased()) {
        continue;
      }
      Map<SignalSeries, SeriesHistory> history = new EnumMap<>(SignalSeries.class);
      values
          .getOrDefault(person.getId(), Map.of())
          .forEach((series, byMonth) -> history.put(series, SeriesHistory.of(byMonth)));
      List<Detectors.ExternalEvent> personEvents = new ArrayList<>();
      for (ScreeningEvents.EventView e : found.getOrDefault(person.getId(), List.of())) {
        personEvents.add(new Detectors.ExternalEvent(e.kind(), e.occurredOn(), e.category()));
      }
      PersonScan.Result result =
          PersonScan.scan(enabled, month, eventsMonth, history, personEvents);
      for (PersonScan.Raised r : result.raised()) {
        String evidence = EvidenceJson.of(r.detector(), r.detection());
        Alert alert = existing.get(person.getId() + "/" + r.detector().getKey());
        if (alert != null && alert.getWindowTo().equals(r.detection().to())) {
          alert.raisedAgain(r.detector(), evidence, now);
          merged++;
        } else {
          alerts.add(
              new Alert(
                  UUID.randomUUID().toString(),
                  person.getId(),
                  person.subject(),
                  r.detector(),
                  r.detection().from(),
                  r.detection().to(),
                  evidence,
                  now));
          added++;
        }
      }
    }
    risks(ids, month, now);
    run.progressed(ids.get(ids.size() - 1), ids.size(), added, merged);
    if (added + merged > 0) {
      audit.recordFor(
          "scan",
          AuditOperation.CREATE,
          "alert",
          "scan:" + scanId,
          added + " new, " + merged + " raised again among " + ids.size() + " people");
    }
  }

  /** Each person's risk for the month, from their open alerts and criticality. */
  private void risks(List<Long> ids, YearMonth month, Instant now) {
    Map<Long, List<RiskScore.Open>> open = new HashMap<>();
    for (Alert a : alerts.open(ids, now.minus(Duration.ofDays(RISK_DAYS)))) {
      open.computeIfAbsent(a.getEmployeeId(), k -> new ArrayList<>())
          .add(new RiskScore.Open(a.getDetectorKey(), a.getDetectorName(), a.getSeverity()));
    }
    Map<Long, BigDecimal> criticality = assessments.currentScores(ids);
    Map<Long, RiskSnapshot> kept = alerts.risks(ids, month);
    for (Long id : ids) {
      RiskScore risk = RiskScore.of(open.getOrDefault(id, List.of()), criticality.get(id));
      RiskSnapshot snapshot = kept.get(id);
      if (snapshot == null) {
        alerts.add(new RiskSnapshot(id, month, risk, now));
      } else {
        snapshot.update(risk, now);
      }
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void complete(long scanId) {
    run(scanId).completed(clock.instant());
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void fail(long scanId, String why) {
    alerts.scan(scanId).ifPresent(r -> r.failed(why, clock.instant()));
  }

  private ScanRun run(long scanId) {
    return alerts
        .scan(scanId)
        .orElseThrow(() -> new IllegalStateException("scan " + scanId + " vanished"));
  }
}
