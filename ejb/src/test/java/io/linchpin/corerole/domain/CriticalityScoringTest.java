package io.linchpin.corerole.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CriticalityScoringTest {

  private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

  private static ScoringModel model(int r, int e, int c, int threshold) {
    return new ScoringModel(1, r, e, c, threshold, AT, "hr", null);
  }

  @Test
  void aDimensionScoresTheMeanOfItsRatedCriteriaAsAShareOfTheTop() {
    Map<Criterion, Integer> ratings = new EnumMap<>(Criterion.class);
    ratings.put(Criterion.CUSTOMER_ACCOUNTS, 5);
    ratings.put(Criterion.EXTERNAL_RELATIONSHIPS, 4);
    ratings.put(Criterion.TENURE, 4);
    ratings.put(Criterion.UNIQUE_KNOW_HOW, 3);
    ratings.put(Criterion.RAMP_UP_TIME, 4);
    ratings.put(Criterion.BUSINESS_DISRUPTION, 5);
    DimensionScores s = DimensionScores.of(ratings);
    // (5 + 4) / (2 × 5) = 90 %; (4 + 3 + 4) / 15 = 73.33 %; 5 / 5 = 100 %
    assertEquals(new BigDecimal("90.0"), s.resource());
    assertEquals(new BigDecimal("73.3"), s.experience());
    assertEquals(new BigDecimal("100.0"), s.cost());
    // 40 % × 90 + 35 % × 73.3 + 25 % × 100 = 36 + 25.655 + 25 = 86.655 → 86.7
    ScoringModel m = model(40, 35, 25, 60);
    assertEquals(new BigDecimal("86.7"), m.overall(s));
    assertTrue(m.isCore(m.overall(s)));
    assertFalse(model(40, 35, 25, 90).isCore(m.overall(s)));
  }

  @Test
  void theThresholdItselfIsCore() {
    DimensionScores s =
        new DimensionScores(new BigDecimal("60.0"), new BigDecimal("60.0"), new BigDecimal("60.0"));
    ScoringModel m = model(34, 33, 33, 60);
    assertEquals(new BigDecimal("60.0"), m.overall(s));
    assertTrue(m.isCore(m.overall(s)));
  }

  @Test
  void everyDimensionNeedsARatingAndRatingsStayOnTheScale() {
    assertThrows(
        IllegalArgumentException.class,
        () -> DimensionScores.of(Map.of(Criterion.TENURE, 3, Criterion.MARKET_SCARCITY, 2)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            DimensionScores.of(
                Map.of(
                    Criterion.TENURE,
                    3,
                    Criterion.MARKET_SCARCITY,
                    2,
                    Criterion.PATENTS_AND_IP,
                    6)));
  }

  @Test
  void aModelsWeightsAddUpToAHundredAndItsThresholdIsAPercentage() {
    assertEquals(
        List.of("weights must add up to 100, not 90"), ScoringModel.problems(40, 30, 20, 50));
    assertEquals(
        List.of("weights must not be negative", "threshold must lie between 0 and 100"),
        ScoringModel.problems(-10, 60, 50, 101));
    assertThrows(IllegalArgumentException.class, () -> model(50, 50, 50, 50));
    assertTrue(ScoringModel.problems(100, 0, 0, 0).isEmpty());
  }

  @Property
  void theOverallScoreLiesBetweenTheLowestAndHighestDimension(
      @ForAll @IntRange(min = 0, max = 5) int r,
      @ForAll @IntRange(min = 0, max = 5) int e,
      @ForAll @IntRange(min = 0, max = 5) int c,
      @ForAll @IntRange(min = 0, max = 100) int wr,
      @ForAll @IntRange(min = 0, max = 100) int we) {
    if (wr + we > 100) {
      return;
    }
    DimensionScores s =
        DimensionScores.of(
            Map.of(
                Criterion.CODE_AND_SYSTEMS, r, Criterion.TENURE, e, Criterion.MARKET_SCARCITY, c));
    BigDecimal overall = model(wr, we, 100 - wr - we, 50).overall(s);
    BigDecimal low = s.resource().min(s.experience()).min(s.cost());
    BigDecimal high = s.resource().max(s.experience()).max(s.cost());
    assertTrue(overall.compareTo(low) >= 0 && overall.compareTo(high) <= 0, overall.toString());
  }
}
