package io.linchpin.corerole.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What losing a person would cost, as low / expected / high ranges with the reasoning shown line by
 * line:
 *
 * <ul>
 *   <li><b>customer churn</b>, per customer: the churn of the customer's tenure band with this
 *       person (under 1 year, 1–3, 3–5, 5 years or more), times what remains with successor
 *       coverage (none 1, partial 0.6, full 0.3), times the contract factor (ends within 6 months
 *       1.2, runs more than 12 months 0.8, otherwise 1), at most 100 %;
 *   <li><b>revenue at risk</b> = Σ churn × the customer's annual revenue;
 *   <li><b>recruiting</b> = recruiting factor × annual salary;
 *   <li><b>ramp-up</b> = ramp-up months × monthly employer cost (annual salary × on-cost factor /
 *       12) × productivity gap;
 *   <li><b>project stall</b> = Σ monthly cost of delay × months of delay, per project the person
 *       carries;
 *   <li><b>replacement cost</b> = recruiting + ramp-up + project stall; <b>total exposure</b> =
 *       revenue at risk + replacement cost.
 * </ul>
 *
 * Parameters come from {@link ImpactParameters}; a person's own ramp-up estimate, when known,
 * replaces the default range.
 */
public final class DepartureImpact {

  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  private DepartureImpact() {}

  /** A project the person carries and what a month of delay costs it. */
  public record ProjectStake(String project, BigDecimal monthlyDelayCost, Range delayMonths) {}

  /** What the model needs about a person. {@code rampUpMonths} null: the parameters' range. */
  public record Subject(
      BigDecimal annualSalary,
      Range rampUpMonths,
      List<CustomerLink> customers,
      List<ProjectStake> projects) {

    public Subject {
      Objects.requireNonNull(annualSalary);
      customers = List.copyOf(customers);
      projects = List.copyOf(projects);
    }
  }

  /** One customer's churn and revenue at risk, with why. */
  public record CustomerRisk(
      String customer,
      int years,
      BigDecimal annualRevenue,
      Range churn,
      Range revenueAtRisk,
      String reasoning) {}

  /** A line of the analysis. */
  public record Line(String item, Range amount, String reasoning) {}

  /**
   * The analysis; {@code churnRate} is revenue at risk over the person's whole book (zero when they
   * hold no customer). Money in yuan, rounded to whole yuan; churn to three decimals.
   */
  public record Result(
      List<CustomerRisk> customers,
      BigDecimal book,
      Range churnRate,
      Range revenueAtRisk,
      Range replacementCost,
      Range total,
      List<Line> lines) {}

  public static Result of(Subject s, ImpactParameters k, LocalDate asOf) {
    return of(s, k, asOf, true, true);
  }

  /**
   * The analysis; with {@code showSalary} false the reasoning names the salary and the monthly cost
   * without their amounts, for readers who may see costs derived from a salary but not the salary;
   * with {@code explainCustomers} false the customers' reasoning is left out (a portfolio of many
   * people needs only their totals).
   */
  public static Result of(
      Subject s, ImpactParameters k, LocalDate asOf, boolean showSalary, boolean explainCustomers) {
    List<CustomerRisk> customers = new ArrayList<>();
    Range atRisk = Range.ZERO;
    BigDecimal book = BigDecimal.ZERO;
    for (CustomerLink c : s.customers()) {
      CustomerRisk risk = risk(c, k, asOf, explainCustomers);
      customers.add(risk);
      atRisk = atRisk.plus(risk.revenueAtRisk());
      book = book.add(c.annualRevenue());
    }
    Range churnRate =
        book.signum() == 0
            ? Range.ZERO
            : new Range(
                atRisk.low().divide(book, 3, RoundingMode.HALF_UP),
                atRisk.expected().divide(book, 3, RoundingMode.HALF_UP),
                atRisk.high().divide(book, 3, RoundingMode.HALF_UP));

    List<Line> lines = new ArrayList<>();
    lines.add(
        new Line(
            "revenueAtRisk",
            atRisk.rounded(0),
            customers.size()
                + " customers, annual revenue "
                + money(book)
                + ", churn "
                + percent(churnRate)
                + " of it"));
    Range months = s.rampUpMonths() == null ? k.rampUpMonths() : s.rampUpMonths();
    Range recruiting;
    Range rampUp;
    BigDecimal monthlyCost = null;
    if (showSalary) {
      recruiting = k.recruitingFactor().times(s.annualSalary());
      monthlyCost =
          s.annualSalary().multiply(k.onCostFactor()).divide(TWELVE, 2, RoundingMode.HALF_UP);
      rampUp = months.times(monthlyCost.multiply(k.productivityGap()));
    } else {
      // Whoever may not see the salary gets these figures from the salary's band, never from the
      // salary: with the factors known, a figure made from the salary would give it away.
      Range band = SalaryBand.of(s.annualSalary());
      recruiting = k.recruitingFactor().times(band);
      rampUp =
          months.times(
              band.times(
                  k.onCostFactor()
                      .multiply(k.productivityGap())
                      .divide(TWELVE, 10, RoundingMode.HALF_UP)));
    }
    lines.add(
        new Line(
            "recruiting",
            recruiting.rounded(0),
            (showSalary ? "annual salary " + money(s.annualSalary()) : "annual salary band")
                + " × "
                + plain(k.recruitingFactor())));
    lines.add(
        new Line(
            "rampUp",
            rampUp.rounded(0),
            plain(months)
                + " months × monthly cost "
                + (showSalary ? money(monthlyCost) + " " : "")
                + (showSalary ? "(salary × " : "(salary band × ")
                + k.onCostFactor().stripTrailingZeros().toPlainString()
                + " / 12) × productivity gap "
                + k.productivityGap().stripTrailingZeros().toPlainString()));
    Range stall = Range.ZERO;
    List<String> stalled = new ArrayList<>();
    for (ProjectStake p : s.projects()) {
      stall = stall.plus(p.delayMonths().times(p.monthlyDelayCost()));
      stalled.add(
          p.project() + ": " + plain(p.delayMonths()) + " months × " + money(p.monthlyDelayCost()));
    }
    lines.add(
        new Line(
            "projectStall",
            stall.rounded(0),
            stalled.isEmpty() ? "no project depends on the person" : String.join("; ", stalled)));
    Range replacement = recruiting.plus(rampUp).plus(stall);
    lines.add(
        new Line(
            "replacementCost", replacement.rounded(0), "recruiting + ramp-up + project stall"));
    Range total = atRisk.plus(replacement);
    lines.add(new Line("total", total.rounded(0), "revenue at risk + replacement cost"));
    return new Result(
        customers,
        book,
        churnRate,
        atRisk.rounded(0),
        replacement.rounded(0),
        total.rounded(0),
        lines);
  }

  static CustomerRisk risk(CustomerLink c, ImpactParameters k, LocalDate asOf) {
    return risk(c, k, asOf, true);
  }

  static CustomerRisk risk(CustomerLink c, ImpactParameters k, LocalDate asOf, boolean explain) {
    int years = c.since().isAfter(asOf) ? 0 : Period.between(c.since(), asOf).getYears();
    Range band;
    String bandName;
    if (years < 1) {
      band = k.churnUnder1y();
      bandName = "under 1 year";
    } else if (years < 3) {
      band = k.churn1to3y();
      bandName = "1–3 years";
    } else if (years < 5) {
      band = k.churn3to5y();
      bandName = "3–5 years";
    } else {
      band = k.churnOver5y();
      bandName = "5 years or more";
    }
    StringBuilder why =
        explain ? new StringBuilder(bandName + " with the person: churn " + percent(band)) : null;
    BigDecimal factor = BigDecimal.ONE;
    switch (c.successorCoverage()) {
      case PARTIAL -> {
        factor = factor.multiply(k.coveragePartial());
        if (why != null) {
          why.append("; successor knows them in part × ").append(plain(k.coveragePartial()));
        }
      }
      case FULL -> {
        factor = factor.multiply(k.coverageFull());
        if (why != null) {
          why.append("; successor already works with them × ").append(plain(k.coverageFull()));
        }
      }
      case NONE -> {
        if (why != null) {
          why.append("; no successor knows them");
        }
      }
    }
    if (c.contractEnd() != null) {
      long left = ChronoUnit.MONTHS.between(asOf, c.contractEnd());
      if (left <= k.contractSoonMonths()) {
        factor = factor.multiply(k.contractEndingSoon());
        if (why != null) {
          why.append("; contract ends " + c.contractEnd() + " × " + plain(k.contractEndingSoon()));
        }
      } else if (left > k.contractLockedMonths()) {
        factor = factor.multiply(k.contractLocked());
        if (why != null) {
          why.append("; contract runs to " + c.contractEnd() + " × " + plain(k.contractLocked()));
        }
      }
    }
    Range churn = band.times(factor).atMost(BigDecimal.ONE);
    return new CustomerRisk(
        c.customer(),
        years,
        c.annualRevenue(),
        churn,
        churn.times(c.annualRevenue()),
        why == null ? null : why.toString());
  }

  private static String percent(Range r) {
    return pct(r.low()) + " / " + pct(r.expected()) + " / " + pct(r.high()) + " %";
  }

  private static String pct(BigDecimal share) {
    return share
        .movePointRight(2)
        .setScale(1, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  private static String plain(Range r) {
    return plain(r.low()) + " / " + plain(r.expected()) + " / " + plain(r.high());
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }

  private static String money(BigDecimal v) {
    return String.format(java.util.Locale.ROOT, "%,.0f", v);
  }
}
