package io.linchpin.monitoring.domain;

/** What a detector looks for. */
public enum DetectorType {
  /**
   * The mean of the last {@code windowMonths} against the mean of the {@code baselineMonths} before
   * them: the change ({@code current / baseline − 1}) reaches {@code threshold} (0.30 = +30%).
   */
  JUMP,
  /** The value is above {@code threshold} in each of the last {@code periods} months running. */
  STREAK,
  /**
   * Both {@code series} and {@code otherSeries} fell by at least {@code threshold} (0.15 = 15%),
   * each measured as a jump is.
   */
  DIVERGENCE,
  /** The last month's value is at least {@code threshold} times the baseline mean (2 = twice). */
  RATIO,
  /** An external check found a record of one of {@code kinds} in the last {@code windowMonths}. */
  EXTERNAL_EVENT
}
