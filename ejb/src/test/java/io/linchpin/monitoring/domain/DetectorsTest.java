package io.linchpin.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each detector type on the seed's cases and on the edges: short history, gaps, zero baselines. */
class DetectorsTest {

  private static final YearMonth NOV = YearMonth.of(2026, 11);

  private static final DetectorRule TRIPS_UP_30 =
      new DetectorRule(
          DetectorType.JUMP, SignalSeries.TRIP_DAYS, null, 3, 6, new BigDecimal("0.30"), 0, null);
  private static final DetectorRule EXPENSES_OVER_3 =
      new DetectorRule(
          DetectorType.STREAK,
          SignalSeries.EXPENSE_AMOUNT,
          null,
          0,
          0,
          new BigDecimal("8000"),
          3,
          null);
  private static final DetectorRule PERFORMANCE_AND_OVERTIME_DOWN =
      new DetectorRule(
          DetectorType.DIVERGENCE,
          SignalSeries.PERFORMANCE_SCORE,
          SignalSeries.OVERTIME_HOURS,
          3,
          6,
          new BigDecimal("0.15"),
          0,
          null);
  private static final DetectorRule HOTEL_TWICE =
      new DetectorRule(
          DetectorType.RATIO,
          SignalSeries.HOTEL_NIGHT_COST,
          null,
          0,
          6,
          new BigDecimal("2"),
          0,
          null);
  private static final DetectorRule NEW_DEBT =
      new DetectorRule(
          DetectorType.EXTERNAL_EVENT,
          null,
          null,
          3,
          0,
          null,
          0,
          Set.of("NEW_LOAN", "JUDGEMENT", "LAWSUIT", "LISTING"));

  /** Values for the months ending with November, oldest first; null leaves a month out. */
  private static SeriesHistory months(Double... values) {
    Map<YearMonth, BigDecimal> m = new HashMap<>();
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        m.put(NOV.minusMonths(values.length - 1L - i), BigDecimal.valueOf(values[i]));
      }
    }
    return SeriesHistory.of(m);
  }

  private static Detection run(DetectorRule rule, SignalSeries s, SeriesHistory h) {
    return Detectors.evaluate(rule, NOV, Map.of(s, h), List.of());
  }

  @Test
  void tripsFortyPercentAboveTheirOwnBaselineRaiseAJumpAlertWithTheEvidence() {
    // six months at 5 days, then three at 7: +40%
    Detection d =
        run(
            TRIPS_UP_30,
            SignalSeries.TRIP_DAYS,
            months(5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 7.0, 7.0, 7.0));
    assertTrue(d.raised(), d.toString());
    assertEquals(0, new BigDecimal("0.4000").compareTo((BigDecimal) d.evidence().get("change")));
    assertEquals(0, new BigDecimal("5").compareTo((BigDecimal) d.evidence().get("baseline")));
    assertEquals(3, ((List<?>) d.evidence().get("window")).size());
    assertEquals(YearMonth.of(2026, 9), d.from());
  }

  @Test
  void aJumpJustUnderTheThresholdIsQuietAndExactlyAtItRaises() {
    assertFalse(
        run(
                TRIPS_UP_30,
                SignalSeries.TRIP_DAYS,
                months(10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 12.9, 12.9, 12.9))
            .raised());
    assertTrue(
        run(
                TRIPS_UP_30,
                SignalSeries.TRIP_DAYS,
                months(10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 13.0, 13.0, 13.0))
            .raised());
  }

  @Test
  void aShortHistoryAGapInTheWindowOrAZeroBaselineDecideNothing() {
    Detection shortHistory =
        run(TRIPS_UP_30, SignalSeries.TRIP_DAYS, months(5.0, 5.0, 9.0, 9.0, 9.0));
    assertFalse(shortHistory.raised());
    assertEquals("too short a history for a baseline", shortHistory.undecided());
    Detection gap =
        run(
            TRIPS_UP_30,
            SignalSeries.TRIP_DAYS,
            months(5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 9.0, null, 9.0));
    assertEquals("months missing in the window", gap.undecided());
    Detection zero =
        run(
            TRIPS_UP_30,
            SignalSeries.TRIP_DAYS,
            months(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 4.0, 4.0));
    assertEquals("the baseline is zero", zero.undecided());
    assertFalse(zero.raised());
    Detection nothing = run(TRIPS_UP_30, SignalSeries.TRIP_DAYS, SeriesHistory.empty());
    assertFalse(nothing.raised());
  }

  @Test
  void aBaselineWithGapsUsesTheMonthsItHas() {
    Detection d =
        run(
            TRIPS_UP_30,
            SignalSeries.TRIP_DAYS,
            months(5.0, null, 5.0, null, 5.0, 5.0, 7.0, 7.0, 7.0));
    assertTrue(d.raised(), d.toString());
    assertEquals(4, ((List<?>) d.evidence().get("baselinePoints")).size());
  }

  @Test
  void expensesOverTheLimitThreeMonthsRunningRaiseAndAGapOrOneMonthUnderBreaksTheRun() {
    assertTrue(
        run(EXPENSES_OVER_3, SignalSeries.EXPENSE_AMOUNT, months(3000.0, 9000.0, 8500.0, 12000.0))
            .raised());
    assertFalse(
        run(EXPENSES_OVER_3, SignalSeries.EXPENSE_AMOUNT, months(9000.0, 8000.0, 8500.0, 12000.0))
            .raised(),
        "the limit itself is not over it");
    assertFalse(
        run(EXPENSES_OVER_3, SignalSeries.EXPENSE_AMOUNT, months(9000.0, 9000.0, null, 12000.0))
            .raised());
    assertFalse(run(EXPENSES_OVER_3, SignalSeries.EXPENSE_AMOUNT, months(9000.0, 9000.0)).raised());
  }

  @Test
  void performanceDownWhileOvertimeDownIsADivergence() {
    SeriesHistory performance = months(90.0, 90.0, 90.0, 90.0, 90.0, 90.0, 72.0, 70.0, 68.0);
    SeriesHistory overtimeDown = months(40.0, 40.0, 40.0, 40.0, 40.0, 40.0, 20.0, 22.0, 18.0);
    SeriesHistory overtimeSame = months(40.0, 40.0, 40.0, 40.0, 40.0, 40.0, 41.0, 39.0, 40.0);
    Detection both =
        Detectors.evaluate(
            PERFORMANCE_AND_OVERTIME_DOWN,
            NOV,
            Map.of(
                SignalSeries.PERFORMANCE_SCORE, performance,
                SignalSeries.OVERTIME_HOURS, overtimeDown),
            List.of());
    assertTrue(both.raised(), both.toString());
    assertTrue(both.evidence().containsKey("PERFORMANCE_SCORE"));
    assertFalse(
        Detectors.evaluate(
                PERFORMANCE_AND_OVERTIME_DOWN,
                NOV,
                Map.of(
                    SignalSeries.PERFORMANCE_SCORE, performance,
                    SignalSeries.OVERTIME_HOURS, overtimeSame),
                List.of())
            .raised());
    Detection missing =
        Detectors.evaluate(
            PERFORMANCE_AND_OVERTIME_DOWN,
            NOV,
            Map.of(SignalSeries.PERFORMANCE_SCORE, performance),
            List.of());
    assertEquals("OVERTIME_HOURS: months missing in the window", missing.undecided());
  }

  @Test
  void aHotelNightAtTwiceTheUsualRaisesARatioAlert() {
    Detection d =
        run(
            HOTEL_TWICE,
            SignalSeries.HOTEL_NIGHT_COST,
            months(400.0, 420.0, 380.0, 400.0, 400.0, 400.0, 820.0));
    assertTrue(d.raised(), d.toString());
    assertEquals(0, new BigDecimal("2.0500").compareTo((BigDecimal) d.evidence().get("factor")));
    assertFalse(
        run(
                HOTEL_TWICE,
                SignalSeries.HOTEL_NIGHT_COST,
                months(400.0, 400.0, 400.0, 400.0, 400.0, 400.0, 790.0))
            .raised());
    assertEquals(
        "no value for 2026-11",
        run(HOTEL_TWICE, SignalSeries.HOTEL_NIGHT_COST, months(400.0, 400.0, 400.0, 400.0, null))
            .undecided());
  }

  @Test
  void aNewDebtRecordWithinTheWindowIsAnExternalEvent() {
    List<Detectors.ExternalEvent> events =
        List.of(
            new Detectors.ExternalEvent("NEW_LOAN", LocalDate.of(2026, 10, 4), "CREDIT_REPORT"),
            new Detectors.ExternalEvent("NEW_LOAN", LocalDate.of(2026, 10, 18), "CREDIT_REPORT"),
            new Detectors.ExternalEvent(
                "CONTRIBUTION", LocalDate.of(2026, 11, 1), "SOCIAL_INSURANCE"),
            new Detectors.ExternalEvent("JUDGEMENT", LocalDate.of(2026, 3, 1), "COURT_RECORDS"));
    Detection d = Detectors.evaluate(NEW_DEBT, NOV, Map.of(), events);
    assertTrue(d.raised());
    assertEquals(2, ((List<?>) d.evidence().get("records")).size(), "old and other kinds are out");
    assertFalse(Detectors.evaluate(NEW_DEBT, NOV, Map.of(), List.of()).raised());
    assertNull(Detectors.evaluate(NEW_DEBT, NOV, Map.of(), List.of()).undecided());
  }

  @Test
  void rulesThatCannotRunNameTheirProblems() {
    assertEquals(
        List.of(
            "series: required for JUMP",
            "windowMonths: from 1 to 24",
            "baselineMonths: from 3 to 36",
            "threshold: required for JUMP"),
        new DetectorRule(DetectorType.JUMP, null, null, 0, 1, null, 0, null).problems());
    assertEquals(
        List.of("threshold: a factor above 1 for RATIO"),
        new DetectorRule(
                DetectorType.RATIO,
                SignalSeries.HOTEL_NIGHT_COST,
                null,
                0,
                6,
                BigDecimal.ONE,
                0,
                null)
            .problems());
    assertTrue(TRIPS_UP_30.problems().isEmpty());
    assertTrue(EXPENSES_OVER_3.problems().isEmpty());
    assertTrue(PERFORMANCE_AND_OVERTIME_DOWN.problems().isEmpty());
    assertTrue(HOTEL_TWICE.problems().isEmpty());
    assertTrue(NEW_DEBT.problems().isEmpty());
  }
}
