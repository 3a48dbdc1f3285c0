package io.linchpin.analytics.application.internal;

import static io.linchpin.casework.application.InterventionFollowUps.OUTCOME_MONTHS;

import io.linchpin.analytics.application.ReviewService.AlertReview;
import io.linchpin.analytics.application.ReviewService.CaseMonth;
import io.linchpin.analytics.application.ReviewService.CaseReview;
import io.linchpin.analytics.application.ReviewService.CaseTypeFigures;
import io.linchpin.analytics.application.ReviewService.DetectorFigures;
import io.linchpin.analytics.application.ReviewService.InterventionKindFigures;
import io.linchpin.analytics.application.ReviewService.InterventionReview;
import io.linchpin.analytics.application.ReviewService.LoanFigures;
import io.linchpin.analytics.application.ReviewService.MonthCount;
import io.linchpin.analytics.application.ReviewService.Period;
import io.linchpin.analytics.application.ReviewService.RootCauseFigure;
import io.linchpin.analytics.application.ReviewService.RootCauseReview;
import io.linchpin.analytics.domain.Percentiles;
import io.linchpin.analytics.domain.SmallGroups;
import io.linchpin.casework.application.CaseStatistics.CaseLine;
import io.linchpin.casework.application.InterventionStatistics.InterventionLine;
import io.linchpin.monitoring.application.AlertStatistics.AlertCount;
import io.linchpin.monitoring.application.AlertStatistics.AlertCounts;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The review's figures from the lines of cases and alerts, for a period [from, to) read in the
 * server's time zone. Pure: the same lines give the same figures.
 */
final class ReviewFigures {

  /** The seed's target for a debt-collection case, and where it started. */
  static final double TARGET_DAYS = 2;

  static final double BASELINE_DAYS = 7;

  static final List<String> CASE_TYPES =
      List.of("DEBT_COLLECTION", "ADVERSE_FINDING", "RETENTION_RISK");

  private final Instant from;
  private final Instant to;
  private final ZoneId zone;
  private final boolean seesSmallGroups;

  ReviewFigures(Instant from, Instant to, ZoneId zone, boolean seesSmallGroups) {
    this.from = from;
    this.to = to;
    this.zone = zone;
    this.seesSmallGroups = seesSmallGroups;
  }

  CaseReview cases(Period period, List<CaseLine> lines, String onlyType) {
    List<CaseTypeFigures> types = new ArrayList<>();
    for (String type : CASE_TYPES) {
      if (onlyType == null || onlyType.equals(type)) {
        types.add(type(type, lines.stream().filter(l -> l.type().equals(type)).toList()));
      }
    }
    Map<YearMonth, List<CaseLine>> byMonth = new TreeMap<>();
    for (YearMonth m = month(from);
        !m.atDay(1).atStartOfDay(zone).toInstant().isAfter(last());
        m = m.plusMonths(1)) {
      byMonth.put(m, new ArrayList<>());
    }
    for (CaseLine l : closedIn(lines)) {
      byMonth.computeIfAbsent(month(l.closedAt()), k -> new ArrayList<>()).add(l);
    }
    List<CaseMonth> trend = new ArrayList<>();
    byMonth.forEach(
        (month, closed) -> {
          long people = people(closed);
          if (SmallGroups.withheld(people, seesSmallGroups)) {
            trend.add(new CaseMonth(month.toString(), true, null, null, null));
          } else {
            List<Double> days =
                closed.stream().map(l -> hours(l.openedAt(), l.closedAt()) / 24).sorted().toList();
            trend.add(
                new CaseMonth(
                    month.toString(),
                    false,
                    (long) closed.size(),
                    round(Percentiles.median(days)),
                    share(closed, ReviewFigures::withinSla)));
          }
        });
    return new CaseReview(period, types, trend, TARGET_DAYS, BASELINE_DAYS);
  }

  private CaseTypeFigures type(String type, List<CaseLine> lines) {
    long people = people(lines);
    if (SmallGroups.withheld(people, seesSmallGroups)) {
      return new CaseTypeFigures(
          type, true, null, null, null, null, null, null, null, null, null, null);
    }
    List<CaseLine> closed = closedIn(lines);
    List<Double> hours =
        closed.stream().map(l -> hours(l.openedAt(), l.closedAt())).sorted().toList();
    List<Double> slas = closed.stream().map(l -> hours(l.openedAt(), l.dueAt())).sorted().toList();
    return new CaseTypeFigures(
        type,
        false,
        people,
        lines.stream().filter(l -> within(l.openedAt())).count(),
        (long) closed.size(),
        lines.stream().filter(l -> l.closedAt() == null || !l.closedAt().isBefore(to)).count(),
        round(Percentiles.median(hours)),
        round(Percentiles.nearestRank(hours, 90)),
        round(Percentiles.median(slas)),
        share(closed, ReviewFigures::withinSla),
        share(closed, CaseLine::legalInvolved),
        lines.stream().mapToLong(CaseLine::escalations).sum());
  }

  RootCauseReview rootCauses(Period period, List<CaseLine> lines) {
    List<CaseLine> closed = closedIn(lines);
    if (SmallGroups.withheld(people(closed), seesSmallGroups)) {
      return new RootCauseReview(period, true, null, List.of());
    }
    List<CaseLine> known = closed.stream().filter(l -> l.rootCause() != null).toList();
    Map<String, List<CaseLine>> byCause = new LinkedHashMap<>();
    known.stream()
        .sorted(Comparator.comparing(CaseLine::rootCause))
        .forEach(l -> byCause.computeIfAbsent(l.rootCause(), k -> new ArrayList<>()).add(l));
    List<RootCauseFigure> causes = new ArrayList<>();
    byCause.forEach(
        (cause, cases) -> {
          long people = people(cases);
          causes.add(
              SmallGroups.withheld(people, seesSmallGroups)
                  ? new RootCauseFigure(cause, true, null, null, null)
                  : new RootCauseFigure(
                      cause,
                      false,
                      (long) cases.size(),
                      people,
                      round4((double) cases.size() / known.size())));
        });
    causes.sort(
        Comparator.comparing((RootCauseFigure f) -> f.cases() == null ? -1 : f.cases())
            .reversed()
            .thenComparing(RootCauseFigure::rootCause));
    return new RootCauseReview(period, false, (long) closed.size(), causes);
  }

  /** The closed cases in the period with this root cause. */
  List<Long> withRootCause(List<CaseLine> lines, String rootCause) {
    return closedIn(lines).stream()
        .filter(l -> rootCause.equals(l.rootCause()))
        .map(CaseLine::caseId)
        .toList();
  }

  /** The months the period touches, in order. */
  List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = month(from);
        !m.atDay(1).atStartOfDay(zone).toInstant().isAfter(last());
        m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  /** The period cut at the start of each month: {@code months().size() + 1} instants. */
  List<Instant> bounds() {
    List<Instant> bounds = new ArrayList<>();
    bounds.add(from);
    List<YearMonth> months = months();
    for (int i = 1; i < months.size(); i++) {
      bounds.add(months.get(i).atDay(1).atStartOfDay(zone).toInstant());
    }
    bounds.add(to);
    return bounds;
  }

  /** Alerts per detector from their counts per status and month (periods of {@link #bounds}). */
  AlertReview alerts(Period period, AlertCounts counted) {
    List<YearMonth> months = months();
    Map<String, List<AlertCount>> byDetector = new TreeMap<>();
    counted
        .counts()
        .forEach(c -> byDetector.computeIfAbsent(c.detectorKey(), k -> new ArrayList<>()).add(c));
    List<DetectorFigures> detectors = new ArrayList<>();
    byDetector.forEach(
        (key, counts) -> {
          String name = counted.names().getOrDefault(key, key);
          if (!seesSmallGroups && counted.fewPeople().contains(key)) {
            detectors.add(
                new DetectorFigures(
                    key, name, true, null, null, null, null, null, null, false, List.of()));
            return;
          }
          long open = count(counts, "NEW");
          long triaged = count(counts, "TRIAGED");
          long cases = count(counts, "CASE_OPENED");
          long dismissed = count(counts, "DISMISSED");
          long decided = cases + dismissed;
          Double dismissedShare = decided == 0 ? null : round4((double) dismissed / decided);
          long[] perMonth = new long[months.size()];
          counts.forEach(
              c -> {
                if (c.period() >= 0 && c.period() < perMonth.length) {
                  perMonth[c.period()] += c.alerts();
                }
              });
          List<MonthCount> monthly = new ArrayList<>();
          for (int i = 0; i < perMonth.length; i++) {
            monthly.add(new MonthCount(months.get(i).toString(), perMonth[i]));
          }
          detectors.add(
              new DetectorFigures(
                  key,
                  name,
                  false,
                  open + triaged + cases + dismissed,
                  open,
                  triaged,
                  cases,
                  dismissed,
                  dismissedShare,
                  decided >= SmallGroups.MIN_PEOPLE && dismissed * 2 > decided,
                  monthly));
        });
    return new AlertReview(period, detectors);
  }

  static final List<String> INTERVENTION_KINDS =
      List.of(
          "RELIEF_LOAN",
          "WORKLOAD_REBALANCING",
          "SUPPLEMENTARY_AGREEMENT",
          "SUCCESSOR_SHADOWING",
          "KPI_WEIGHT_CHANGE",
          "CUSTOMER_TRANSITION");

  /**
   * Interventions per kind, and six months on: {@code left} holds the days people left, {@code now}
   * the moment of the review; the risk scores before and after are on the lines.
   */
  InterventionReview interventions(
      Period period, List<InterventionLine> lines, Map<Long, List<LocalDate>> left, Instant now) {
    List<InterventionKindFigures> kinds = new ArrayList<>();
    for (String kind : INTERVENTION_KINDS) {
      List<InterventionLine> of = lines.stream().filter(l -> l.kind().equals(kind)).toList();
      long people = of.stream().map(InterventionLine::employeeId).distinct().count();
      if (SmallGroups.withheld(people, seesSmallGroups)) {
        kinds.add(
            new InterventionKindFigures(
                kind, true, null, null, null, null, null, null, null, null, null, null, null));
        continue;
      }
      List<InterventionLine> followed =
          of.stream()
              .filter(
                  l ->
                      !l.plannedAt()
                          .atZone(zone)
                          .plusMonths(OUTCOME_MONTHS)
                          .toInstant()
                          .isAfter(now))
              .toList();
      long retained = followed.stream().filter(l -> !leftWithin(l, left)).count();
      List<Boolean> down =
          followed.stream().map(ReviewFigures::riskWentDown).filter(d -> d != null).toList();
      // A customer transition's customers kept, as HR counted them, of those followed up.
      Long held = null;
      Long kept = null;
      if (kind.equals("CUSTOMER_TRANSITION")) {
        List<InterventionLine> counted =
            followed.stream()
                .filter(l -> l.customersHeld() != null && !l.status().equals("CANCELLED"))
                .toList();
        held = counted.stream().mapToLong(InterventionLine::customersHeld).sum();
        kept = counted.stream().mapToLong(InterventionLine::customersKept).sum();
      }
      kinds.add(
          new InterventionKindFigures(
              kind,
              false,
              people,
              (long) of.size(),
              of.stream().filter(l -> l.status().equals("DONE")).count(),
              of.stream().filter(l -> l.status().equals("CANCELLED")).count(),
              of.stream()
                  .filter(l -> l.status().equals("PLANNED") || l.status().equals("IN_PROGRESS"))
                  .count(),
              (long) followed.size(),
              followed.isEmpty() ? null : round4((double) retained / followed.size()),
              down.isEmpty()
                  ? null
                  : round4((double) down.stream().filter(d -> d).count() / down.size()),
              held,
              kept,
              held == null || held == 0 ? null : round4((double) kept / held)));
    }
    List<InterventionLine> loans =
        lines.stream()
            .filter(l -> l.kind().equals("RELIEF_LOAN") && !l.status().equals("CANCELLED"))
            .filter(l -> l.loanAmount() != null)
            .toList();
    LoanFigures loanFigures;
    if (SmallGroups.withheld(
        loans.stream().map(InterventionLine::employeeId).distinct().count(), seesSmallGroups)) {
      loanFigures = new LoanFigures(true, null, null, null, null);
    } else {
      BigDecimal granted =
          loans.stream().map(InterventionLine::loanAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal repaid =
          loans.stream().map(InterventionLine::repaid).reduce(BigDecimal.ZERO, BigDecimal::add);
      loanFigures =
          new LoanFigures(false, (long) loans.size(), granted, repaid, granted.subtract(repaid));
    }
    return new InterventionReview(period, kinds, loanFigures, OUTCOME_MONTHS);
  }

  private boolean leftWithin(InterventionLine l, Map<Long, List<LocalDate>> left) {
    LocalDate planned = l.plannedAt().atZone(zone).toLocalDate();
    LocalDate until = planned.plusMonths(OUTCOME_MONTHS);
    return left.getOrDefault(l.employeeId(), List.of()).stream()
        .anyMatch(d -> !d.isBefore(planned) && !d.isAfter(until));
  }

  /**
   * Whether the risk score six months on (the latest in the six months after the month planned) is
   * lower than the one before (the latest in the month planned or the three before); null when
   * either is missing or the scans have not followed the intervention up yet.
   */
  private static Boolean riskWentDown(InterventionLine l) {
    return l.riskBefore() == null || l.riskAfter() == null ? null : l.riskAfter() < l.riskBefore();
  }

  private static long count(List<AlertCount> counts, String status) {
    return counts.stream()
        .filter(c -> c.status().equals(status))
        .mapToLong(AlertCount::alerts)
        .sum();
  }

  private List<CaseLine> closedIn(List<CaseLine> lines) {
    return lines.stream().filter(l -> l.closedAt() != null && within(l.closedAt())).toList();
  }

  private boolean within(Instant at) {
    return !at.isBefore(from) && at.isBefore(to);
  }

  private Instant last() {
    return to.minusNanos(1);
  }

  private YearMonth month(Instant at) {
    return YearMonth.from(at.atZone(zone));
  }

  static boolean withinSla(CaseLine l) {
    return !l.closedAt().isAfter(l.dueAt());
  }

  private static long people(List<CaseLine> lines) {
    return lines.stream().map(CaseLine::employeeId).distinct().count();
  }

  private static Double share(List<CaseLine> lines, Predicate<CaseLine> counted) {
    return lines.isEmpty()
        ? null
        : round4((double) lines.stream().filter(counted).count() / lines.size());
  }

  static double hours(Instant start, Instant end) {
    return Duration.between(start, end).toMillis() / 3_600_000.0;
  }

  /** Hours and days to two decimals. */
  static Double round(Double value) {
    return value == null ? null : Math.round(value * 100) / 100.0;
  }

  /** Shares to four decimals. */
  static Double round4(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
