package io.linchpin.monitoring.application.internal;

import static io.linchpin.casework.application.InterventionFollowUps.OUTCOME_MONTHS;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.casework.application.InterventionFollowUps;
import io.linchpin.corerole.application.CriticalityScores;
import io.linchpin.monitoring.application.ScanStarted;
import io.linchpin.monitoring.domain.Alert;
import io.linchpin.monitoring.domain.AlertNotice;
import io.linchpin.monitoring.domain.AlertRepository;
import io.linchpin.monitoring.domain.DetectorCondition;
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
import io.linchpin.people.application.AccountDirectory;
import io.linchpin.people.domain.EmployeeRepository;
import io.linchpin.screening.application.ScreeningEvents;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.Formulas;
import io.linchpin.shared.Mailer;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.logging.Logger;

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
  public static final int GROUP = 500;

  /** External records are looked at this far back at most (a detector's window is at most 24). */
  static final int MAX_EVENT_MONTHS = 25;

  /** Alerts raised within these days make up the likelihood. */
  static final int RISK_DAYS = 92;

  @Inject AlertRepository alerts;
  @Inject SignalRepository signals;
  @Inject DetectorRepository detectors;
  @Inject EmployeeRepository employees;
  @EJB ScreeningEvents events;
  @EJB CriticalityScores assessments;
  @EJB AuditLog audit;
  @EJB AccountDirectory accounts;
  @EJB InterventionFollowUps followUps;
  @Inject Mailer mailer;
  @Inject Formulas formulas;

  private static final Logger LOG = Logger.getLogger(ScanWork.class.getName());
  @Inject Event<ScanStarted> started;

  /** Who asks for the scans that new data starts. */
  static final String NEW_DATA = "new-data";

  private final Clock clock = Clock.systemDefaultZone();

  /** Alerts counted per query when a scan completes. */
  private static final int COUNTED_AT_ONCE = 5_000;

  /** The score before an intervention: the month planned or at most these months before. */
  static final int BEFORE_MONTHS = 3;

  /** Interventions followed up per query. */
  private static final int FOLLOWED_UP_AT_ONCE = 500;

  /** The first people to scan; empty when the scan is through. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> next(long scanId) {
    return next(run(scanId), enabled());
  }

  /** The people after the last the scan did, at most a group of them. */
  private List<Long> next(ScanRun run, List<DetectorVersion> enabled) {
    long after = run.getLastEmployeeId();
    Instant since = run.getChangedSince();
    YearMonth from = run.getMonth().minusMonths(months(enabled) - 1L);
    TreeSet<Long> people =
        new TreeSet<>(alerts.peopleWithSignalsAfter(after, from.atDay(1), since, GROUP));
    people.addAll(events.peopleAfter(after, since, GROUP));
    return people.stream().limit(GROUP).toList();
  }

  /**
   * Scans a group of people and records the progress with their alerts; answers the next group,
   * empty when the scan is through.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> process(long scanId, List<Long> ids) {
    ScanRun run = run(scanId);
    YearMonth month = run.getMonth();
    YearMonth eventsMonth = month.plusMonths(1);
    List<DetectorVersion> enabled = enabled();
    YearMonth from = month.minusMonths(months(enabled) - 1L);
    Set<SignalSeries> needed = EnumSet.noneOf(SignalSeries.class);
    enabled.forEach(d -> needed.addAll(d.rule().seriesNeeded()));
    Map<Long, Map<SignalSeries, Map<YearMonth, BigDecimal>>> values =
        signals.history(ids, needed, from, month);
    YearMonth eventsFrom = month.minusMonths(MAX_EVENT_MONTHS - 1L);
    Map<Long, List<ScreeningEvents.EventView>> found = events.events(ids, eventsFrom.atDay(1));
    Map<Long, BigDecimal> criticality = assessments.currentScores(ids);
    Map<String, Alert> existing = alerts.ending(ids, month, eventsMonth);
    Instant now = clock.instant();
    int added = 0;
    int merged = 0;
    List<Alert> raised = new ArrayList<>();
    for (Map.Entry<Long, String> person : employees.numbersOfUnerased(ids).entrySet()) {
      long personId = person.getKey();
      Map<SignalSeries, SeriesHistory> history = new EnumMap<>(SignalSeries.class);
      values
          .getOrDefault(personId, Map.of())
          .forEach((series, byMonth) -> history.put(series, SeriesHistory.of(byMonth)));
      List<Detectors.ExternalEvent> personEvents = new ArrayList<>();
      for (ScreeningEvents.EventView e : found.getOrDefault(personId, List.of())) {
        personEvents.add(new Detectors.ExternalEvent(e.kind(), e.occurredOn(), e.category()));
      }
      PersonScan.Result result =
          PersonScan.scan(enabled, month, eventsMonth, history, personEvents);
      for (PersonScan.Raised r : result.raised()) {
        if (!conditionHolds(r, criticality.get(personId))) {
          continue;
        }
        String evidence = EvidenceJson.of(r.detector(), r.detection());
        Alert alert = existing.get(personId + "/" + r.detector().getKey());
        if (alert != null && alert.getWindowTo().equals(r.detection().to())) {
          alert.raisedAgain(r.detector(), evidence, now);
          merged++;
        } else {
          Alert fresh =
              new Alert(
                  UUID.randomUUID().toString(),
                  personId,
                  person.getValue(),
                  r.detector(),
                  r.detection().from(),
                  r.detection().to(),
                  evidence,
                  now);
          alerts.add(fresh);
          raised.add(fresh);
          added++;
        }
      }
    }
    notify(raised, now);
    risks(ids, month, criticality, now);
    run.progressed(ids.get(ids.size() - 1), ids.size(), added, merged);
    if (added + merged > 0) {
      audit.recordFor(
          "scan",
          AuditOperation.CREATE,
          "alert",
          "scan:" + scanId,
          added + " new, " + merged + " raised again among " + ids.size() + " people");
    }
    return next(run, enabled);
  }

  /**
   * Whether the detector's condition, if it has one, holds for what it found. A condition that
   * cannot be computed (a variable its type does not produce, a wrong type) raises nothing and is
   * logged by detector, never with the person's figures.
   */
  private boolean conditionHolds(PersonScan.Raised r, BigDecimal criticality) {
    String condition = r.detector().getCondition();
    if (condition == null) {
      return true;
    }
    try {
      Object result =
          formulas.evaluate(
              condition,
              DetectorCondition.VARIABLES,
              DetectorCondition.values(r.detector().rule(), r.detection(), criticality));
      return Boolean.TRUE.equals(result);
    } catch (Formulas.FormulaException e) {
      LOG.warning(
          () ->
              "The condition of detector "
                  + r.detector().getKey()
                  + " v"
                  + r.detector().getVersionNo()
                  + " could not be computed: "
                  + e.getMessage());
      return false;
    }
  }

  /**
   * Tells the HR business partners of each person with a new alert, in the portal and, when a mail
   * server is configured, by e-mail naming the alert only.
   */
  private void notify(List<Alert> raised, Instant now) {
    if (raised.isEmpty()) {
      return;
    }
    Map<Long, List<AccountDirectory.Partner>> partners =
        accounts.partnersOf(raised.stream().map(Alert::getEmployeeId).distinct().toList());
    for (Alert alert : raised) {
      for (AccountDirectory.Partner partner :
          partners.getOrDefault(alert.getEmployeeId(), List.of())) {
        alerts.add(
            new AlertNotice(
                alert.getId(), partner.employeeId(), AlertNotice.messageFor(alert), now));
        if (mailer.isEnabled() && partner.email() != null) {
          mailer.sendAfterCommit(
              List.of(partner.email()),
              "Linchpin: new alert #" + alert.getId(),
              "A scan raised alert #"
                  + alert.getId()
                  + " about a person in your units."
                  + "\n\nOpen Linchpin and go to “Alerts” to see it and its evidence."
                  + "\nThis message names the alert only; its details are in Linchpin.");
        }
      }
    }
  }

  /**
   * Each person's risk for the month, from their open alerts and criticality: written when the
   * month has none yet or it changed, left alone when it is the same.
   */
  private void risks(
      List<Long> ids, YearMonth month, Map<Long, BigDecimal> criticality, Instant now) {
    Map<Long, List<RiskScore.Open>> open = alerts.open(ids, now.minus(Duration.ofDays(RISK_DAYS)));
    Map<Long, RiskSnapshot.Scores> kept = alerts.riskScores(ids, month);
    for (Long id : ids) {
      RiskScore risk = RiskScore.of(open.getOrDefault(id, List.of()), criticality.get(id));
      RiskSnapshot.Scores before = kept.get(id);
      if (before == null) {
        alerts.add(new RiskSnapshot(id, month, risk, now));
      } else if (!before.sameAs(risk)) {
        alerts.updateRisk(id, month, risk, now);
      }
    }
  }

  /**
   * Marks the scan done, tallies its month's risk scores for the review (and any month scored but
   * not yet tallied) and, when signals or external records arrived while it ran, starts an
   * incremental scan of the people concerned.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void complete(long scanId) {
    ScanRun run = run(scanId);
    run.completed(clock.instant());
    alerts.retally(run.getMonth());
    alerts.untallied().forEach(alerts::retally);
    // The alerts this scan raised (and any from before the counts were kept) into the counts.
    int counted;
    do {
      counted = alerts.countAlerts(clock.getZone(), COUNTED_AT_ONCE);
    } while (counted > 0);
    followUp(run.getMonth());
    if (changedSince(run.getStartedAt())) {
      start(run.getStartedAt());
    }
  }

  /**
   * Writes the six-month follow-up of the interventions planned six or more months before {@code
   * month} that have none, and again of those planned in the sixth month before (whose last month
   * {@code month} is): the person's risk score before (the latest in the month planned or the three
   * before) and after (the latest in the six months after the month planned). Returns how many were
   * followed up.
   */
  public int followUp(YearMonth month) {
    Instant plannedBefore =
        month.minusMonths(OUTCOME_MONTHS - 1L).atDay(1).atStartOfDay(clock.getZone()).toInstant();
    // Those whose sixth month this is are written again: the month may have been scanned before.
    Instant again =
        month.minusMonths(OUTCOME_MONTHS).atDay(1).atStartOfDay(clock.getZone()).toInstant();
    int done = 0;
    long after = 0;
    List<InterventionFollowUps.Due> due;
    do {
      due = followUps.due(plannedBefore, again, after, FOLLOWED_UP_AT_ONCE);
      if (due.isEmpty()) {
        break;
      }
      after = due.get(due.size() - 1).interventionId();
      List<YearMonth> months =
          due.stream().map(d -> YearMonth.from(d.plannedAt().atZone(clock.getZone()))).toList();
      Map<Long, Map<YearMonth, Integer>> scores =
          alerts.riskScores(
              due.stream().map(InterventionFollowUps.Due::employeeId).distinct().toList(),
              java.util.Collections.min(months).minusMonths(BEFORE_MONTHS),
              java.util.Collections.max(months).plusMonths(OUTCOME_MONTHS));
      for (int i = 0; i < due.size(); i++) {
        InterventionFollowUps.Due d = due.get(i);
        YearMonth planned = months.get(i);
        Map<YearMonth, Integer> theirs = scores.getOrDefault(d.employeeId(), Map.of());
        followUps.record(
            d.interventionId(),
            latest(theirs, planned.minusMonths(BEFORE_MONTHS), planned),
            latest(theirs, planned.plusMonths(1), planned.plusMonths(OUTCOME_MONTHS)));
      }
      done += due.size();
    } while (due.size() == FOLLOWED_UP_AT_ONCE);
    return done;
  }

  /** The score of the latest month in [{@code from}, {@code to}] that has one; null when none. */
  static Integer latest(Map<YearMonth, Integer> scores, YearMonth from, YearMonth to) {
    for (YearMonth m = to; !m.isBefore(from); m = m.minusMonths(1)) {
      Integer score = scores.get(m);
      if (score != null) {
        return score;
      }
    }
    return null;
  }

  /**
   * New signals or external records have arrived: scans the people concerned, since the last
   * completed scan (everyone when none has completed), unless a scan is running, in which case its
   * completion does it.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void dataArrived() {
    if (!alerts.unfinishedScans().isEmpty()) {
      return;
    }
    Instant since = alerts.lastCompletedScan().map(ScanRun::getStartedAt).orElse(null);
    if (since == null || changedSince(since)) {
      start(since);
    }
  }

  private boolean changedSince(Instant since) {
    return alerts.signalsRecordedSince(since) || events.receivedSince(since);
  }

  private void start(Instant since) {
    Instant now = clock.instant();
    YearMonth month = YearMonth.now(clock).minusMonths(1);
    ScanRun next =
        since == null
            ? new ScanRun(month, NEW_DATA, now)
            : ScanRun.incremental(month, NEW_DATA, now, since);
    alerts.add(next);
    started.fire(new ScanStarted(next.getId()));
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void fail(long scanId, String why) {
    alerts.scan(scanId).ifPresent(r -> r.failed(why, clock.instant()));
  }

  private List<DetectorVersion> enabled() {
    return detectors.current().stream().filter(DetectorVersion::isEnabled).toList();
  }

  /** The months of signals the detectors look at, back from the month scanned. */
  private static int months(List<DetectorVersion> enabled) {
    return Math.max(1, enabled.stream().mapToInt(d -> d.rule().monthsNeeded()).max().orElse(1));
  }

  private ScanRun run(long scanId) {
    return alerts
        .scan(scanId)
        .orElseThrow(() -> new IllegalStateException("scan " + scanId + " vanished"));
  }
}
