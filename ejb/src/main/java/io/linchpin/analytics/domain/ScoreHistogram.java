package io.linchpin.analytics.domain;

import java.util.Arrays;

/**
 * How many people had each score from 0 to 100, and the median, percentiles and mean read from
 * those counts as {@link Percentiles} reads them from the sorted scores themselves.
 */
public final class ScoreHistogram {

  public static final int MAX = 100;

  private final long[] counts = new long[MAX + 1];
  private long people;
  private long sum;

  /** Counts {@code people} more with {@code score} (clamped to 0–100). */
  public void add(int score, long people) {
    if (people < 0) {
      throw new IllegalArgumentException("a count of people is not negative: " + people);
    }
    int s = Math.max(0, Math.min(MAX, score));
    counts[s] += people;
    this.people += people;
    sum += s * people;
  }

  public long people() {
    return people;
  }

  /** The median score; null for no one. */
  public Double median() {
    if (people == 0) {
      return null;
    }
    return people % 2 == 1 ? at(people / 2 + 1) : (at(people / 2) + at(people / 2 + 1)) / 2.0;
  }

  /** The p-th percentile (0 < p ≤ 100) by nearest rank; null for no one. */
  public Double nearestRank(int p) {
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("a percentile is from 1 to 100: " + p);
    }
    if (people == 0) {
      return null;
    }
    long rank = (long) Math.ceil(p * people / 100.0);
    return (double) at(Math.max(1, rank));
  }

  /** The mean score; null for no one. */
  public Double mean() {
    return people == 0 ? null : (double) sum / people;
  }

  /** The people with a score of at least {@code score}. */
  public long atLeast(int score) {
    long n = 0;
    for (int s = Math.max(0, score); s <= MAX; s++) {
      n += counts[s];
    }
    return n;
  }

  /**
   * The people per band of {@code width} points from 0; the last band also holds 100 (with a width
   * of 20: 0–19, 20–39, 40–59, 60–79, 80–100).
   */
  public long[] bands(int width) {
    long[] bands = new long[MAX / width];
    for (int s = 0; s <= MAX; s++) {
      bands[Math.min(bands.length - 1, s / width)] += counts[s];
    }
    return bands;
  }

  /** The score at a rank from 1 (the lowest) to {@link #people()}. */
  private int at(long rank) {
    long seen = 0;
    for (int s = 0; s <= MAX; s++) {
      seen += counts[s];
      if (seen >= rank) {
        return s;
      }
    }
    throw new IllegalStateException("rank " + rank + " of " + people);
  }

  @Override
  public String toString() {
    return "ScoreHistogram" + Arrays.toString(counts);
  }
}
