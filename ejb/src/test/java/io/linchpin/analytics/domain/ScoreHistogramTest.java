package io.linchpin.analytics.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScoreHistogramTest {

  @Test
  void readsTheSameFiguresAsTheSortedScores() {
    Random random = new Random(5);
    for (int round = 0; round < 200; round++) {
      ScoreHistogram histogram = new ScoreHistogram();
      List<Double> scores = new ArrayList<>();
      int n = 1 + random.nextInt(40);
      for (int i = 0; i < n; i++) {
        int score = random.nextInt(101);
        int times = 1 + random.nextInt(3);
        histogram.add(score, times);
        for (int t = 0; t < times; t++) {
          scores.add((double) score);
        }
      }
      Collections.sort(scores);
      assertEquals(Percentiles.median(scores), histogram.median(), "median of " + scores);
      assertEquals(Percentiles.nearestRank(scores, 90), histogram.nearestRank(90));
      assertEquals(Percentiles.nearestRank(scores, 1), histogram.nearestRank(1));
      assertEquals(
          scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
          histogram.mean(),
          1e-9);
      assertEquals(scores.size(), histogram.people());
      assertEquals(scores.stream().filter(s -> s >= 60).count(), histogram.atLeast(60));
    }
  }

  @Test
  void bandsOfTwentyKeepAHundredInTheLast() {
    ScoreHistogram histogram = new ScoreHistogram();
    histogram.add(0, 1);
    histogram.add(19, 2);
    histogram.add(20, 3);
    histogram.add(79, 4);
    histogram.add(80, 5);
    histogram.add(100, 6);
    assertArrayEquals(new long[] {3, 3, 0, 4, 11}, histogram.bands(20));
  }

  @Test
  void noOneHasNoFiguresAndBadInputIsRefused() {
    ScoreHistogram histogram = new ScoreHistogram();
    assertNull(histogram.median());
    assertNull(histogram.nearestRank(90));
    assertNull(histogram.mean());
    assertThrows(IllegalArgumentException.class, () -> histogram.add(10, -1));
    assertThrows(IllegalArgumentException.class, () -> histogram.nearestRank(0));
  }
}
