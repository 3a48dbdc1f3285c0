package io.linchpin.analytics.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linchpin.analytics.application.ReviewService.HeatCell;
import io.linchpin.analytics.application.ReviewService.Period;
import io.linchpin.analytics.application.ReviewService.RiskGroup;
import io.linchpin.analytics.application.ReviewService.RiskReview;
import io.linchpin.corerole.application.SuccessionStatistics;
import io.linchpin.monitoring.application.AlertStatistics.HeatCount;
import io.linchpin.monitoring.application.AlertStatistics.RiskCount;
import io.linchpin.monitoring.application.AlertStatistics.RiskTallies;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskFiguresTest {

  private static final YearMonth MAY = YearMonth.of(2026, 5);
  private static final YearMonth JUNE = YearMonth.of(2026, 6);
  private static final Period PERIOD =
      new Period(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 30), null, null, null);

  /** Units 1 (root), 2 and 3 under it, 4 under 2. */
  private static final Map<Long, String> PATHS =
      Map.of(1L, "总部", 2L, "总部/研发", 3L, "总部/销售", 4L, "总部/研发/平台");

  private static final List<RiskFigures.UnitGroup> GROUPS =
      List.of(
          new RiskFigures.UnitGroup("研发", 2, false),
          new RiskFigures.UnitGroup("销售", 3, false),
          new RiskFigures.UnitGroup("总部", 1, true));

  /**
   * June: R&D (unit 2 and its sub-unit 4) six people scored 0, 10, 10, 40, 70, 90; sales three at
   * 20; one at the head office at 65. May: R&D six at 5.
   */
  private static final List<RiskCount> COUNTS =
      List.of(
          new RiskCount(JUNE, 2L, "工程", 0, 1),
          new RiskCount(JUNE, 4L, "工程", 10, 2),
          new RiskCount(JUNE, 4L, "工程", 40, 1),
          new RiskCount(JUNE, 2L, null, 70, 1),
          new RiskCount(JUNE, 2L, "工程", 90, 1),
          new RiskCount(JUNE, 3L, "销售", 20, 3),
          new RiskCount(JUNE, 1L, null, 65, 1),
          new RiskCount(MAY, 2L, "工程", 5, 6));

  /** The counts per unit (family left out) and per family (unit left out), as the tallies give. */
  private static final RiskTallies TALLIES =
      new RiskTallies(
          JUNE,
          COUNTS.stream()
              .map(c -> new RiskCount(c.month(), c.orgUnitId(), null, c.score(), c.people()))
              .toList(),
          COUNTS.stream()
              .map(c -> new RiskCount(c.month(), null, c.roleFamily(), c.score(), c.people()))
              .toList(),
          List.of(
              new HeatCount(2, 0, 4),
              new HeatCount(2, 10, 3),
              new HeatCount(4, 90, 1),
              new HeatCount(3, 70, 1),
              new HeatCount(3, 65, 1)));

  @Test
  void unitsCountTheirSubtreesAndTheRootItsOwnPeople() {
    Map<Long, Integer> groupOf = RiskFigures.groupOf(PATHS, GROUPS);
    assertEquals(Map.of(1L, 2, 2L, 0, 3L, 1, 4L, 0), groupOf);
    RiskReview review =
        figures(true)
            .risk(PERIOD, TALLIES, GROUPS, groupOf, bench(), bench().gaps(), Map.of(), Map.of());
    assertEquals("2026-06", review.month());
    RiskGroup rnd = review.units().get(0);
    assertEquals(6, rnd.people());
    assertEquals(List.of(3L, 0L, 1L, 1L, 1L), rnd.distribution());
    assertEquals(25.0, rnd.median(), "the mean of 10 and 40");
    assertEquals(90.0, rnd.p90(), "rank ⌈5.4⌉ = 6");
    assertEquals(2, rnd.high());
    assertEquals(6, rnd.trend().get(0).people(), "May");
    assertEquals(5.0, rnd.trend().get(0).median());
    assertEquals(1, review.units().get(2).people(), "only the head office's own");
    assertEquals(10, review.overall().people());
    assertEquals(
        List.of("工程", "销售"), review.roleFamilies().stream().limit(2).map(RiskGroup::name).toList());
    assertNull(review.roleFamilies().get(2).name(), "no role family comes last");
    assertEquals(2, review.roleFamilies().get(2).people());
  }

  @Test
  void smallGroupsAndCellsAreWithheldFromThoseWhoDoNotSeeEveryone() {
    RiskReview review =
        figures(false)
            .risk(
                PERIOD,
                TALLIES,
                GROUPS,
                RiskFigures.groupOf(PATHS, GROUPS),
                bench(),
                bench().gaps(),
                Map.of(),
                Map.of());
    assertFalse(review.units().get(0).withheld());
    RiskGroup sales = review.units().get(1);
    assertTrue(sales.withheld());
    assertNull(sales.people());
    assertNull(sales.distribution());
    assertTrue(review.units().get(1).trend().get(1).withheld());
    HeatCell lowLow = cell(review, "40–59", "0–19");
    assertEquals(7, lowLow.people(), "4 at 0 and 3 at 10");
    assertTrue(cell(review, "60–79", "60–79").withheld(), "two people");
    assertFalse(cell(review, "0–19", "0–19").withheld(), "an empty cell names no one");
    assertEquals(0, cell(review, "0–19", "0–19").people());
    assertEquals(25, review.heatMap().size());
  }

  @Test
  void theBenchListsTheHighestRiskFirst() {
    RiskReview review =
        figures(true)
            .risk(
                PERIOD,
                TALLIES,
                GROUPS,
                RiskFigures.groupOf(PATHS, GROUPS),
                bench(),
                RiskFigures.highest(bench().gaps(), Map.of(11L, 20, 12L, 80)),
                Map.of(11L, 20, 12L, 80),
                Map.of(12L, "LATER"));
    assertEquals(3, review.bench().coreRoles());
    assertEquals(2, review.bench().withoutReadySuccessor());
    assertEquals(12L, review.bench().highestRisk().get(0).employeeId());
    assertEquals(80, review.bench().highestRisk().get(0).riskScore());
    assertEquals("LATER", review.bench().highestRisk().get(0).bestReadiness());
  }

  @Test
  void noScoresLeaveTheFiguresEmpty() {
    RiskReview review =
        figures(false)
            .risk(
                PERIOD,
                new RiskTallies(null, List.of(), List.of(), List.of()),
                GROUPS,
                Map.of(),
                new SuccessionStatistics.Bench(0, List.of()),
                List.of(),
                Map.of(),
                Map.of());
    assertNull(review.month());
    assertTrue(review.overall().withheld(), "no one is fewer than five");
    assertTrue(review.heatMap().stream().allMatch(HeatCell::withheld));
  }

  private static RiskFigures figures(boolean seesEveryone) {
    return new RiskFigures(List.of(MAY, JUNE), seesEveryone);
  }

  private static HeatCell cell(RiskReview review, String criticality, String risk) {
    return review.heatMap().stream()
        .filter(c -> c.criticality().equals(criticality) && c.risk().equals(risk))
        .findFirst()
        .orElseThrow();
  }

  private static SuccessionStatistics.Bench bench() {
    return new SuccessionStatistics.Bench(
        3,
        List.of(
            new SuccessionStatistics.Gap(
                11, "E11", "甲", "研发", "架构师", "工程", new BigDecimal("90.0"), null),
            new SuccessionStatistics.Gap(
                12, "E12", "乙", "销售", "大客户经理", "销售", new BigDecimal("70.0"), null)));
  }
}
