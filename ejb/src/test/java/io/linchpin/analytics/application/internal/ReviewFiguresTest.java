package io.linchpin.analytics.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linchpin.analytics.application.ReviewService;
import io.linchpin.analytics.application.ReviewService.CaseReview;
import io.linchpin.analytics.application.ReviewService.CaseTypeFigures;
import io.linchpin.analytics.application.ReviewService.DetectorFigures;
import io.linchpin.analytics.application.ReviewService.InterventionKindFigures;
import io.linchpin.analytics.application.ReviewService.InterventionReview;
import io.linchpin.analytics.application.ReviewService.RootCauseReview;
import io.linchpin.casework.application.CaseStatistics.CaseLine;
import io.linchpin.casework.application.InterventionStatistics.InterventionLine;
import io.linchpin.monitoring.application.AlertStatistics.AlertCount;
import io.linchpin.monitoring.application.AlertStatistics.AlertCounts;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The review's figures on a small set of cases whose answers are worked out by hand. */
class ReviewFiguresTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final Instant FROM = LocalDate.of(2026, 1, 1).atStartOfDay(ZONE).toInstant();
  private static final Instant TO = LocalDate.of(2026, 7, 1).atStartOfDay(ZONE).toInstant();
  private static final ReviewService.Period PERIOD =
      new ReviewService.Period(
          LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), null, null, null);

  /** Six debt cases of six people closed in March after 1, 2, 3, 4, 5 and 7 days. */
  private static List<CaseLine> debtCases() {
    List<CaseLine> lines = new ArrayList<>();
    int[] days = {1, 2, 3, 4, 5, 7};
    for (int i = 0; i < days.length; i++) {
      Instant opened = LocalDate.of(2026, 3, 2).atStartOfDay(ZONE).toInstant();
      lines.add(
          new CaseLine(
              i,
              100 + i,
              "/HQ",
              "DEBT_COLLECTION",
              opened,
              opened.plus(Duration.ofDays(2)),
              opened.plus(Duration.ofDays(days[i])),
              i % 3 == 0,
              i == 5 ? 2 : 0,
              i < 4 ? "FAMILY_EMERGENCY" : "GAMBLING"));
    }
    return lines;
  }

  @Test
  void timeToResolveWithinDeadlineAndLegalArePerType() {
    List<CaseLine> lines = new ArrayList<>(debtCases());
    Instant before = LocalDate.of(2025, 12, 20).atStartOfDay(ZONE).toInstant();
    lines.add(
        new CaseLine(
            99,
            200,
            "/HQ",
            "DEBT_COLLECTION",
            before,
            before.plus(Duration.ofDays(2)),
            null,
            false,
            0,
            null));
    CaseReview review = new ReviewFigures(FROM, TO, ZONE, true).cases(PERIOD, lines, null);
    CaseTypeFigures debt = review.types().get(0);
    assertEquals("DEBT_COLLECTION", debt.type());
    assertEquals(7L, debt.people());
    assertEquals(6L, debt.opened(), "the December case opened before the period");
    assertEquals(6L, debt.closed());
    assertEquals(1L, debt.stillOpen());
    assertEquals(84.0, debt.medianHours(), "(3 + 4) / 2 days");
    assertEquals(168.0, debt.p90Hours(), "rank ⌈0.9 × 6⌉ = 6: the 7 days");
    assertEquals(48.0, debt.medianSlaHours());
    assertEquals(0.3333, debt.withinSlaShare(), "1 and 2 days of 6");
    assertEquals(0.3333, debt.legalShare(), "cases 0 and 3");
    assertEquals(2L, debt.escalations());
    assertTrue(review.types().get(1).opened() == 0, "HR admins see empty types as zeros");
    var march = review.trend().stream().filter(m -> m.month().equals("2026-03")).findFirst();
    assertEquals(6L, march.orElseThrow().closed());
    assertEquals(3.5, march.orElseThrow().medianDays());
    assertEquals(6, review.trend().size(), "January to June");
  }

  @Test
  void smallGroupsAreWithheldFromAllButHrAdmins() {
    List<CaseLine> four = debtCases().subList(0, 4);
    CaseReview review = new ReviewFigures(FROM, TO, ZONE, false).cases(PERIOD, four, null);
    CaseTypeFigures debt = review.types().get(0);
    assertTrue(debt.withheld());
    assertNull(debt.closed());
    assertNull(debt.medianHours());
    assertTrue(review.trend().stream().allMatch(ReviewService.CaseMonth::withheld));
    assertFalse(
        new ReviewFigures(FROM, TO, ZONE, false)
            .cases(PERIOD, debtCases(), null)
            .types()
            .get(0)
            .withheld(),
        "six people are enough");
  }

  @Test
  void rootCausesAreSharesOfClosedCasesWithACause() {
    RootCauseReview review =
        new ReviewFigures(FROM, TO, ZONE, true).rootCauses(PERIOD, debtCases());
    assertEquals(6L, review.closed());
    assertEquals("FAMILY_EMERGENCY", review.causes().get(0).rootCause());
    assertEquals(4L, review.causes().get(0).cases());
    assertEquals(0.6667, review.causes().get(0).share());
    assertEquals(0.3333, review.causes().get(1).share());
    RootCauseReview scoped =
        new ReviewFigures(FROM, TO, ZONE, false).rootCauses(PERIOD, debtCases());
    assertEquals(6L, scoped.closed(), "six people closed cases: enough for the total");
    assertTrue(
        scoped.causes().stream().allMatch(ReviewService.RootCauseFigure::withheld),
        "four and two people: each cause is withheld");
  }

  @Test
  void aDetectorWhoseDecidedAlertsAreMostlyDismissedIsNoisy() {
    ReviewFigures figures = new ReviewFigures(FROM, TO, ZONE, false);
    assertEquals(7, figures.bounds().size(), "January to June: six periods");
    assertEquals(LocalDate.of(2026, 5, 1).atStartOfDay(ZONE).toInstant(), figures.bounds().get(4));
    AlertCounts counted =
        new AlertCounts(
            List.of(
                new AlertCount("trips-jump", "DISMISSED", 4, 4),
                new AlertCount("trips-jump", "CASE_OPENED", 4, 1),
                new AlertCount("trips-jump", "NEW", 1, 1),
                new AlertCount("debt", "CASE_OPENED", 4, 1)),
            Map.of("trips-jump", "Trips up", "debt", "Debt"),
            Set.of("debt"));
    List<DetectorFigures> detectors = figures.alerts(PERIOD, counted).detectors();
    assertEquals("debt", detectors.get(0).detectorKey());
    assertTrue(detectors.get(0).withheld(), "about too few people");
    assertFalse(
        new ReviewFigures(FROM, TO, ZONE, true)
            .alerts(PERIOD, counted)
            .detectors()
            .get(0)
            .withheld(),
        "shown to a caller who sees everyone");
    DetectorFigures trips = detectors.get(1);
    assertEquals("Trips up", trips.detectorName());
    assertEquals(6L, trips.raised());
    assertEquals(4L, trips.dismissed());
    assertEquals(0.8, trips.dismissedShare());
    assertTrue(trips.noisy());
    assertEquals(6, trips.months().size());
    assertEquals(5L, trips.months().get(4).raised());
    assertEquals(1L, trips.months().get(1).raised());
  }

  @Test
  void sixMonthsOnPeopleStayedAndTheirRiskWentDown() {
    Instant january = LocalDate.of(2026, 1, 15).atStartOfDay(ZONE).toInstant();
    Instant june = LocalDate.of(2026, 6, 10).atStartOfDay(ZONE).toInstant();
    List<InterventionLine> lines = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      lines.add(
          new InterventionLine(
              i,
              i,
              500 + i,
              "RELIEF_LOAN",
              i == 4 ? "CANCELLED" : "IN_PROGRESS",
              january,
              new BigDecimal("30000"),
              new BigDecimal(i * 1000),
              i == 0 ? Integer.valueOf(60) : i == 1 ? Integer.valueOf(40) : null,
              i == 0 ? Integer.valueOf(20) : i == 1 ? Integer.valueOf(55) : i == 3 ? 10 : null,
              null,
              null));
    }
    lines.add(
        new InterventionLine(
            9, 9, 500, "KPI_WEIGHT_CHANGE", "DONE", june, null, null, null, null, null, null));
    // Customer transitions: two counted (10 of 12, 3 of 8), one not yet, one cancelled.
    int[][] customers = {{12, 10}, {8, 3}, null, {5, 0}};
    for (int i = 0; i < customers.length; i++) {
      lines.add(
          new InterventionLine(
              20 + i,
              20 + i,
              600 + i,
              "CUSTOMER_TRANSITION",
              i == 3 ? "CANCELLED" : "DONE",
              january,
              null,
              null,
              null,
              null,
              customers[i] == null ? null : customers[i][0],
              customers[i] == null ? null : customers[i][1]));
    }
    lines.add(
        new InterventionLine(
            30, 30, 610, "CUSTOMER_TRANSITION", "DONE", june, null, null, null, null, 4, 4));
    Map<Long, List<LocalDate>> left =
        Map.of(501L, List.of(LocalDate.of(2026, 3, 1)), 502L, List.of(LocalDate.of(2025, 1, 1)));
    Instant now = LocalDate.of(2026, 8, 1).atStartOfDay(ZONE).toInstant();
    InterventionReview review =
        new ReviewFigures(FROM, TO, ZONE, true).interventions(PERIOD, lines, left, now);
    InterventionKindFigures loans = review.kinds().get(0);
    assertEquals("RELIEF_LOAN", loans.kind());
    assertEquals(5L, loans.planned());
    assertEquals(1L, loans.cancelled());
    assertEquals(4L, loans.open());
    assertEquals(5L, loans.followedUp(), "January plus six months is before August");
    assertEquals(0.8, loans.retainedShare(), "501 left in March; 502 left before");
    assertEquals(
        0.5,
        loans.riskDownShare(),
        "500 went down, 501 up, the others have no pair (503 no score before)");
    assertEquals(4L, review.loans().loans(), "the cancelled loan is not granted");
    assertEquals(new BigDecimal("120000"), review.loans().granted());
    assertEquals(new BigDecimal("6000"), review.loans().repaid());
    assertEquals(new BigDecimal("114000"), review.loans().outstanding());
    InterventionKindFigures kpi = review.kinds().get(4);
    assertEquals("KPI_WEIGHT_CHANGE", kpi.kind());
    assertEquals(0L, kpi.followedUp(), "June plus six months is still to come");
    assertNull(kpi.retainedShare());
    assertNull(kpi.customersKeptShare(), "only customer transitions keep customers");
    InterventionKindFigures transitions = review.kinds().get(5);
    assertEquals("CUSTOMER_TRANSITION", transitions.kind());
    assertEquals(20L, transitions.customersHeld(), "12 + 8: not the cancelled one nor June's");
    assertEquals(13L, transitions.customersKept());
    assertEquals(0.65, transitions.customersKeptShare());
    assertTrue(
        new ReviewFigures(FROM, TO, ZONE, false)
            .interventions(PERIOD, lines, left, now)
            .loans()
            .withheld(),
        "four people with a loan are under five");
  }
}
