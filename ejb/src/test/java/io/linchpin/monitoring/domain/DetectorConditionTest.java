package io.linchpin.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DetectorConditionTest {

  private static final YearMonth OCT = YearMonth.of(2026, 10);

  private static SeriesHistory history(double baseline, double recent) {
    Map<YearMonth, BigDecimal> m = new HashMap<>();
    for (int i = 0; i < 9; i++) {
      m.put(OCT.minusMonths(i), BigDecimal.valueOf(i < 3 ? recent : baseline));
    }
    return SeriesHistory.of(m);
  }

  @Test
  void aJumpGivesItsChangeMeansAndThresholdAndTheCriticality() {
    DetectorRule rule =
        new DetectorRule(
            DetectorType.JUMP, SignalSeries.TRIP_DAYS, null, 3, 6, new BigDecimal("0.30"), 0, null);
    Detection d =
        Detectors.evaluate(rule, OCT, Map.of(SignalSeries.TRIP_DAYS, history(5, 7)), List.of());
    Map<String, Object> v = DetectorCondition.values(rule, d, new BigDecimal("72.5"));
    assertEquals(0.4, (Double) v.get("change"), 1e-9);
    assertEquals(7.0, (Double) v.get("current"), 1e-9);
    assertEquals(5.0, (Double) v.get("baseline"), 1e-9);
    assertEquals(0.3, (Double) v.get("threshold"), 1e-9);
    assertEquals(72.5, (Double) v.get("criticality"), 1e-9);
    assertFalse(v.containsKey("factor"), "a jump has no factor");
    assertEquals(0.0, DetectorCondition.values(rule, d, null).get("criticality"));
  }

  @Test
  void aStreakGivesItsLowestAndHighestAndAnExternalEventItsRecords() {
    DetectorRule streak =
        new DetectorRule(
            DetectorType.STREAK,
            SignalSeries.EXPENSE_AMOUNT,
            null,
            0,
            0,
            new BigDecimal("8000"),
            3,
            null);
    Map<YearMonth, BigDecimal> m = new HashMap<>();
    m.put(OCT, new BigDecimal("9500"));
    m.put(OCT.minusMonths(1), new BigDecimal("8100"));
    m.put(OCT.minusMonths(2), new BigDecimal("9000"));
    Detection d =
        Detectors.evaluate(
            streak, OCT, Map.of(SignalSeries.EXPENSE_AMOUNT, SeriesHistory.of(m)), List.of());
    Map<String, Object> v = DetectorCondition.values(streak, d, null);
    assertEquals(8100.0, v.get("lowest"));
    assertEquals(9500.0, v.get("highest"));
    assertEquals(8000.0, v.get("limit"));

    DetectorRule external =
        new DetectorRule(
            DetectorType.EXTERNAL_EVENT, null, null, 3, 0, null, 0, Set.of("NEW_LOAN"));
    Detection loans =
        Detectors.evaluate(
            external,
            OCT,
            Map.of(),
            List.of(
                new Detectors.ExternalEvent("NEW_LOAN", OCT.atDay(3), "CREDIT_REPORT"),
                new Detectors.ExternalEvent("NEW_LOAN", OCT.atDay(9), "CREDIT_REPORT")));
    assertEquals(2.0, DetectorCondition.values(external, loans, null).get("records"));
  }
}
