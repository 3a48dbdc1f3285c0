package io.linchpin.corerole.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A low / expected / high estimate, low ≤ expected ≤ high. */
public record Range(BigDecimal low, BigDecimal expected, BigDecimal high) {

  public static final Range ZERO = of(BigDecimal.ZERO);

  public Range {
    Objects.requireNonNull(low);
    Objects.requireNonNull(expected);
    Objects.requireNonNull(high);
    if (low.compareTo(expected) > 0 || expected.compareTo(high) > 0) {
      throw new IllegalArgumentException("not ordered: " + low + " / " + expected + " / " + high);
    }
  }

  public static Range of(BigDecimal exactly) {
    return new Range(exactly, exactly, exactly);
  }

  public static Range of(String low, String expected, String high) {
    return new Range(new BigDecimal(low), new BigDecimal(expected), new BigDecimal(high));
  }

  public Range plus(Range other) {
    return new Range(low.add(other.low), expected.add(other.expected), high.add(other.high));
  }

  public Range times(BigDecimal factor) {
    return new Range(low.multiply(factor), expected.multiply(factor), high.multiply(factor));
  }

  public Range times(Range other) {
    return new Range(
        low.multiply(other.low), expected.multiply(other.expected), high.multiply(other.high));
  }

  /** Each bound at most {@code cap}. */
  public Range atMost(BigDecimal cap) {
    return new Range(low.min(cap), expected.min(cap), high.min(cap));
  }

  /** Rounded half up to {@code scale} decimals, for showing. */
  public Range rounded(int scale) {
    return new Range(
        low.setScale(scale, RoundingMode.HALF_UP),
        expected.setScale(scale, RoundingMode.HALF_UP),
        high.setScale(scale, RoundingMode.HALF_UP));
  }
}
