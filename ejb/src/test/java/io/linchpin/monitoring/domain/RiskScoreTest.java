package io.linchpin.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The risk score explains every point: likelihood from open alerts × impact from criticality. */
class RiskScoreTest {

  private static RiskScore.Open open(String key, Severity s) {
    return new RiskScore.Open(key, key, s);
  }

  @Test
  void aCoreEngineerWithTwoOpenAlerts() {
    RiskScore r =
        RiskScore.of(
            List.of(open("trips-jump", Severity.MEDIUM), open("external-debt", Severity.HIGH)),
            new BigDecimal("72.4"));
    assertEquals(80, r.likelihood());
    assertEquals(72, r.impact());
    assertEquals(58, r.score(), "80 × 72 / 100 = 57.6");
    assertTrue(r.assessed());
    assertEquals(
        List.of(
            "+30 trips-jump (MEDIUM)",
            "+50 external-debt (HIGH)",
            "likelihood 80",
            "impact 72: criticality score of the current core-role assessment",
            "risk 80 × 72 / 100 = 58"),
        r.lines());
  }

  @Test
  void aDetectorCountsOnceAtItsHighestSeverityAndLikelihoodStopsAt100() {
    RiskScore r =
        RiskScore.of(
            List.of(
                open("a", Severity.LOW),
                open("a", Severity.HIGH),
                open("b", Severity.HIGH),
                open("c", Severity.MEDIUM)),
            BigDecimal.valueOf(100));
    assertEquals(100, r.likelihood());
    assertTrue(r.lines().contains("likelihood 100 (130, at most 100)"), r.lines().toString());
    assertEquals(100, r.score());
  }

  @Test
  void noOpenAlertMeansNoRiskAndNoAssessmentIsSaid() {
    RiskScore r = RiskScore.of(List.of(), null);
    assertEquals(0, r.score());
    assertFalse(r.assessed());
    assertEquals(RiskScore.UNASSESSED_IMPACT, r.impact());
    assertTrue(r.lines().get(0).endsWith("no open alert in the last three months"));
    assertTrue(r.lines().get(1).contains("not assessed"));
  }
}
