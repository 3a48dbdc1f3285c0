package io.linchpin.corerole.domain;

import java.math.BigDecimal;

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
 *       onCostFactor}: the employer's cost of a salary (social insurance, housing fund).
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
    BigDecimal onCostFactor) {

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
          new BigDecimal("1.3"));
}
