package io.linchpin.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped detectors on the product brief's people: the core engineer whose trips rose 40% with
 * two new online loans on record raises two alerts; a clean colleague raises none.
 */
class PersonScanTest {

  private static final YearMonth OCT = YearMonth.of(2026, 10);

  private static List<DetectorVersion> shipped() {
    return DefaultDetectors.ALL.stream()
        .map(
            s ->
                new DetectorVersion(
                    s.key(), 1, s.name(), s.rule(), s.severity(), true, Instant.EPOCH, "test"))
        .toList();
  }

  private static SeriesHistory monthly(double baseline, double recent) {
    Map<YearMonth, BigDecimal> m = new HashMap<>();
    for (int i = 0; i < 9; i++) {
      m.put(OCT.minusMonths(i), BigDecimal.valueOf(i < 3 ? recent : baseline));
    }
    return SeriesHistory.of(m);
  }

  @Test
  void theBriefsEngineerRaisesTheTripJumpAndTheNewDebtAlerts() {
    Map<SignalSeries, SeriesHistory> signals =
        Map.of(
            SignalSeries.TRIP_DAYS, monthly(5, 7),
            SignalSeries.EXPENSE_AMOUNT, monthly(4000, 6000),
            SignalSeries.HOTEL_NIGHT_COST, monthly(400, 420),
            SignalSeries.PERFORMANCE_SCORE, monthly(88, 87),
            SignalSeries.OVERTIME_HOURS, monthly(30, 31));
    List<Detectors.ExternalEvent> loans =
        List.of(
            new Detectors.ExternalEvent("NEW_LOAN", LocalDate.of(2026, 10, 4), "CREDIT_REPORT"),
            new Detectors.ExternalEvent("NEW_LOAN", LocalDate.of(2026, 10, 18), "CREDIT_REPORT"));
    PersonScan.Result r = PersonScan.scan(shipped(), OCT, OCT.plusMonths(1), signals, loans);
    assertEquals(
        List.of("trips-jump", "external-debt-or-lawsuit"),
        r.raised().stream().map(x -> x.detector().getKey()).toList());
    assertEquals(3, r.quiet());
    assertEquals(0, r.undecided());
  }

  @Test
  void aCleanColleagueRaisesNothingAndANewcomerIsUndecided() {
    Map<SignalSeries, SeriesHistory> clean =
        Map.of(
            SignalSeries.TRIP_DAYS, monthly(5, 5),
            SignalSeries.EXPENSE_AMOUNT, monthly(4000, 4100),
            SignalSeries.HOTEL_NIGHT_COST, monthly(400, 400),
            SignalSeries.PERFORMANCE_SCORE, monthly(88, 88),
            SignalSeries.OVERTIME_HOURS, monthly(30, 30));
    assertEquals(
        0, PersonScan.scan(shipped(), OCT, OCT.plusMonths(1), clean, List.of()).raised().size());
    PersonScan.Result newcomer =
        PersonScan.scan(shipped(), OCT, OCT.plusMonths(1), Map.of(), List.of());
    assertEquals(0, newcomer.raised().size());
    assertEquals(3, newcomer.undecided(), "jump, divergence and ratio need a history");
  }
}
