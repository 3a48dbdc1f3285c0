package io.linchpin.corerole.domain;

import java.math.BigDecimal;

/**
 * The band an annual salary falls in, for figures shown to people who may not see the salary: bands
 * double in width (under 100,000 yuan, then 100,000–200,000, 200,000–400,000, …), so that a figure
 * computed from the band tells at most that the salary lies within a factor of two.
 */
public final class SalaryBand {

  /** The upper end of the lowest band, in yuan a year. */
  static final BigDecimal FIRST = BigDecimal.valueOf(100_000);

  private SalaryBand() {}

  /** The band as a range: its lower end, its middle and its upper end. */
  public static Range of(BigDecimal annualSalary) {
    BigDecimal low = BigDecimal.ZERO;
    BigDecimal high = FIRST;
    while (annualSalary.compareTo(high) >= 0) {
      low = high;
      high = high.add(high);
    }
    return new Range(low, low.add(high).divide(BigDecimal.valueOf(2)), high);
  }
}
