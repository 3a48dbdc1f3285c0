package io.linchpin.analytics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PercentilesTest {

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertEquals(2.5, Percentiles.median(List.of(1.0, 2.0, 3.0, 10.0)));
    assertEquals(3.0, Percentiles.median(List.of(1.0, 3.0, 10.0)));
    assertNull(Percentiles.median(List.of()));
  }

  @Test
  void theNinetiethPercentileIsAValueThatOccurred() {
    List<Double> ten = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      ten.add((double) i);
    }
    assertEquals(9.0, Percentiles.nearestRank(ten, 90), "rank ⌈0.9 × 10⌉ = 9");
    assertEquals(10.0, Percentiles.nearestRank(ten, 91));
    assertEquals(1.0, Percentiles.nearestRank(List.of(1.0, 2.0), 1));
    assertEquals(7.0, Percentiles.nearestRank(List.of(7.0), 90));
    assertNull(Percentiles.nearestRank(List.of(), 90));
    assertThrows(IllegalArgumentException.class, () -> Percentiles.nearestRank(ten, 0));
  }

  @Property
  void atLeastPPercentAreAtOrBelowTheNearestRank(
      @ForAll @Size(min = 1, max = 60) List<@DoubleRange(min = 0, max = 1000) Double> values,
      @ForAll @IntRange(min = 1, max = 100) int p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    double q = Percentiles.nearestRank(sorted, p);
    long atOrBelow = sorted.stream().filter(v -> v <= q).count();
    long below = sorted.stream().filter(v -> v < q).count();
    assertTrue(atOrBelow * 100 >= (long) p * sorted.size(), "at least p% at or below");
    assertTrue(below * 100 < (long) p * sorted.size(), "fewer than p% strictly below");
  }
}
