package io.linchpin.corerole.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The assumptions of the departure-impact model, each a low / expected / high range where it is an
 * estimate. HR admins may change them; {@link #DEFAULTS} are the shipped values.
 *
 * <ul>
 *   <li>{@code churnUnder1y} … {@code churnOver5y}: the share of a customer's business lost when
 *       the person who has looked after them for that long leaves, with no successor and an
 *       ordinary contract;
 *   <li>{@code coveragePartial}, {@code coverageFull}: what remains of that churn when a successor
 *       already knows the customer in part or in full (none: all of it);
 *   <li>{@code contractEndingSoon}: the factor on churn when the customer's contract ends within
 *       {@code contractSoonMonths}; {@code contractLocked}: when it runs for more than {@code
 *       contractLockedMonths};
 *   <li>{@code recruitingFactor}: recruiting cost as a multiple of the annual salary;
 *   <li>{@code rampUpMonths}: months until a replacement reaches full speed; {@code
 *       productivityGap}: the share of a month's cost lost in each of those months; {@code
 *       onCostFactor}: the employer's cost of a salary (social insurance, housing fund);
 *   <li>{@code projectDelayMonths}: how long a project the person leads stalls.
 * </ul>
 */
public record ImpactParameters(
    Range churnUnder1y,
    Range churn1to3y,
    Range churn3to5y,
    Range churnOver5y,
    BigDecimal coveragePartial,
    BigDecimal coverageFull,
    BigDecimal contractEndingSoon,
    int contractSoonMonths,
    BigDecimal contractLocked,
    int contractLockedMonths,
    Range recruitingFactor,
    Range rampUpMonths,
    BigDecimal productivityGap,
    BigDecimal onCostFactor,
    Range projectDelayMonths) {

  public static final ImpactParameters DEFAULTS =
      new ImpactParameters(
          Range.of("0.02", "0.05", "0.08"),
          Range.of("0.05", "0.08", "0.12"),
          Range.of("0.08", "0.12", "0.18"),
          Range.of("0.10", "0.18", "0.25"),
          new BigDecimal("0.6"),
          new BigDecimal("0.3"),
          new BigDecimal("1.2"),
          6,
          new BigDecimal("0.8"),
          12,
          Range.of("1.5", "1.75", "2.0"),
          Range.of("6", "9", "12"),
          new BigDecimal("0.5"),
          new BigDecimal("1.3"),
          Range.of("1", "2", "4"));

  /** What is wrong with these parameters; empty when they make sense. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Range> share :
        Map.of(
                "churnUnder1y", churnUnder1y,
                "churn1to3y", churn1to3y,
                "churn3to5y", churn3to5y,
                "churnOver5y", churnOver5y)
            .entrySet()) {
      if (share.getValue().low().signum() < 0
          || share.getValue().high().compareTo(BigDecimal.ONE) > 0) {
        problems.add(share.getKey() + ": a share between 0 and 1");
      }
    }
    for (Map.Entry<String, BigDecimal> factor :
        Map.of(
                "coveragePartial", coveragePartial,
                "coverageFull", coverageFull,
                "productivityGap", productivityGap)
            .entrySet()) {
      if (factor.getValue().signum() < 0 || factor.getValue().compareTo(BigDecimal.ONE) > 0) {
        problems.add(factor.getKey() + ": a factor between 0 and 1");
      }
    }
    if (contractEndingSoon.signum() < 0
        || contractLocked.signum() < 0
        || onCostFactor.signum() < 0) {
      problems.add("contractEndingSoon, contractLocked, onCostFactor: factors of at least 0");
    }
    if (contractSoonMonths < 0 || contractLockedMonths < contractSoonMonths) {
      problems.add("contractSoonMonths ≤ contractLockedMonths, both at least 0");
    }
    if (recruitingFactor.low().signum() < 0) {
      problems.add("recruitingFactor: at least 0");
    }
    if (rampUpMonths.low().signum() < 0
        || rampUpMonths.high().compareTo(BigDecimal.valueOf(60)) > 0) {
      problems.add("rampUpMonths: between 0 and 60");
    }
    if (projectDelayMonths.low().signum() < 0
        || projectDelayMonths.high().compareTo(BigDecimal.valueOf(60)) > 0) {
      problems.add("projectDelayMonths: between 0 and 60");
    }
    return problems;
  }
}
