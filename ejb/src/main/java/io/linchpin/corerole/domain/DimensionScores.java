package io.linchpin.corerole.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * A person's score on each dimension, 0 to 100 with one decimal: the mean of the ratings given to
 * the dimension's criteria, as a share of the highest rating. Criteria left unrated do not count; a
 * dimension needs at least one rated criterion.
 */
public record DimensionScores(BigDecimal resource, BigDecimal experience, BigDecimal cost) {

  static final int SCALE = 1;

  /** Scores the ratings; throws when a dimension has none or a rating is out of range. */
  public static DimensionScores of(Map<Criterion, Integer> ratings) {
    Map<Dimension, int[]> sums = new EnumMap<>(Dimension.class);
    ratings.forEach(
        (criterion, rating) -> {
          if (rating == null || rating < 0 || rating > Criterion.MAX_RATING) {
            throw new IllegalArgumentException(criterion + " is rated out of range");
          }
          int[] sum = sums.computeIfAbsent(criterion.dimension(), d -> new int[2]);
          sum[0] += rating;
          sum[1]++;
        });
    return new DimensionScores(
        mean(sums, Dimension.RESOURCE_EXCLUSIVITY),
        mean(sums, Dimension.EXPERIENCE_DEPENDENCY),
        mean(sums, Dimension.COST_SENSITIVITY));
  }

  private static BigDecimal mean(Map<Dimension, int[]> sums, Dimension d) {
    int[] sum = sums.get(d);
    if (sum == null) {
      throw new IllegalArgumentException(d + " has no rated criterion");
    }
    return BigDecimal.valueOf(100L * sum[0])
        .divide(
            BigDecimal.valueOf((long) Criterion.MAX_RATING * sum[1]), SCALE, RoundingMode.HALF_UP);
  }

  public BigDecimal of(Dimension d) {
    return switch (d) {
      case RESOURCE_EXCLUSIVITY -> resource;
      case EXPERIENCE_DEPENDENCY -> experience;
      case COST_SENSITIVITY -> cost;
    };
  }
}
