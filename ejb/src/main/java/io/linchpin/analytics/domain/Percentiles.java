package io.linchpin.analytics.domain;

import java.util.List;

/**
 * Medians and percentiles of durations. The median is the middle value, or the mean of the two
 * middle values; other percentiles are by nearest rank: the value at rank ⌈p/100 × n⌉ of the sorted
 * values, so that it is always a value that occurred.
 */
public final class Percentiles {

  private Percentiles() {}

  /** The median of ascending values; null for none. */
  public static Double median(List<Double> sorted) {
    int n = sorted.size();
    if (n == 0) {
      return null;
    }
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** The p-th percentile (0 < p ≤ 100) of ascending values by nearest rank; null for none. */
  public static Double nearestRank(List<Double> sorted, int p) {
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("a percentile is from 1 to 100: " + p);
    }
    int n = sorted.size();
    if (n == 0) {
      return null;
    }
    int rank = (int) Math.ceil(p * n / 100.0);
    return sorted.get(Math.max(1, rank) - 1);
  }
}
