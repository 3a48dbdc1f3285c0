package io.linchpin.monitoring.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.linchpin.casework.application.InterventionFollowUps;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScanWorkFollowUpTest {

  private static final YearMonth PLANNED = YearMonth.of(2026, 1);

  @Test
  void theScoreBeforeIsTheLatestInTheMonthPlannedOrTheThreeBefore() {
    Map<YearMonth, Integer> scores =
        Map.of(
            YearMonth.of(2025, 9), 90,
            YearMonth.of(2025, 11), 60,
            YearMonth.of(2025, 12), 55,
            YearMonth.of(2026, 2), 30);
    assertEquals(
        55,
        ScanWork.latest(scores, PLANNED.minusMonths(ScanWork.BEFORE_MONTHS), PLANNED),
        "December is the latest at or before January; February is after");
    assertNull(
        ScanWork.latest(
            Map.of(YearMonth.of(2025, 9), 90),
            PLANNED.minusMonths(ScanWork.BEFORE_MONTHS),
            PLANNED),
        "September is four months before: too old to be the score before");
  }

  @Test
  void theScoreAfterIsTheLatestInTheSixMonthsAfterTheMonthPlanned() {
    Map<YearMonth, Integer> scores =
        Map.of(
            YearMonth.of(2026, 1), 70,
            YearMonth.of(2026, 3), 40,
            YearMonth.of(2026, 7), 35,
            YearMonth.of(2026, 8), 90);
    assertEquals(
        35,
        ScanWork.latest(
            scores,
            PLANNED.plusMonths(1),
            PLANNED.plusMonths(InterventionFollowUps.OUTCOME_MONTHS)),
        "July is the sixth month after January; August is beyond");
    assertNull(
        ScanWork.latest(
            Map.of(YearMonth.of(2026, 1), 70),
            PLANNED.plusMonths(1),
            PLANNED.plusMonths(InterventionFollowUps.OUTCOME_MONTHS)),
        "no score after the month planned");
  }
}
