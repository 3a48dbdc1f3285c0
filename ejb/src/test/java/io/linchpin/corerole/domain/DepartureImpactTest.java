package io.linchpin.corerole.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linchpin.corerole.domain.CustomerLink.Coverage;
import io.linchpin.corerole.domain.DepartureImpact.ProjectStake;
import io.linchpin.corerole.domain.DepartureImpact.Result;
import io.linchpin.corerole.domain.DepartureImpact.Subject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The departure-impact model against the product brief's two sales managers; expectations come from
 * the documented formulas and the shipped parameters, not from the code's output.
 */
class DepartureImpactTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private static final ImpactParameters K = ImpactParameters.DEFAULTS;
  private static final BigDecimal COMPANY_SALES = new BigDecimal("100000000");

  @Test
  void aSalesManagerWithThirtyPercentOfAnnualSalesPutsMoreThanFiveMillionAtRisk() {
    // 30 % of annual sales over ten long-standing customers no one else knows; 6 months to replace
    BigDecimal book = COMPANY_SALES.multiply(new BigDecimal("0.30"));
    List<CustomerLink> customers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      customers.add(
          new CustomerLink(
              "客户" + i,
              TODAY.minusYears(6 + i % 3),
              book.divide(BigDecimal.TEN),
              Coverage.NONE,
              null));
    }
    BigDecimal salary = new BigDecimal("480000");
    Result r =
        DepartureImpact.of(
            new Subject(salary, Range.of(new BigDecimal("6")), customers, List.of()), K, TODAY);

    assertEquals(book, r.book());
    // churn up to 25 %: the top of the 5-years-or-more band, no successor, ordinary contract
    assertEquals(new BigDecimal("0.250"), r.churnRate().high());
    assertEquals(money(book.multiply(K.churnOver5y().high())), r.revenueAtRisk().high());
    assertEquals(money(book.multiply(K.churnOver5y().expected())), r.revenueAtRisk().expected());
    BigDecimal recruiting = salary.multiply(K.recruitingFactor().expected());
    BigDecimal rampUp =
        new BigDecimal("6")
            .multiply(
                salary
                    .multiply(K.onCostFactor())
                    .divide(new BigDecimal("12"), 2, RoundingMode.HALF_UP))
            .multiply(K.productivityGap());
    assertEquals(money(recruiting.add(rampUp)), r.replacementCost().expected());
    assertEquals(
        money(book.multiply(K.churnOver5y().expected()).add(recruiting).add(rampUp)),
        r.total().expected());
    assertTrue(
        r.total().expected().compareTo(new BigDecimal("5000000")) > 0,
        "the brief: a loss of more than 5 million yuan, " + r.total());
    assertTrue(r.customers().get(0).reasoning().contains("5 years or more"));
    assertEquals(6, r.lines().size());
  }

  @Test
  void aSalesManagerWithTwentyPercentOfCustomersSixtyPercentLongStanding() {
    // 20 of the company's 100 customers; 12 (60 %) for more than five years, 8 for two years;
    // two possible successors who need 6 months
    List<CustomerLink> customers = new ArrayList<>();
    BigDecimal each = new BigDecimal("500000");
    for (int i = 0; i < 20; i++) {
      boolean longStanding = i < 12;
      customers.add(
          new CustomerLink(
              "客户" + i,
              longStanding ? TODAY.minusYears(7) : TODAY.minusYears(2),
              each,
              Coverage.NONE,
              null));
    }
    Result r =
        DepartureImpact.of(
            new Subject(
                new BigDecimal("360000"), Range.of(new BigDecimal("6")), customers, List.of()),
            K,
            TODAY);
    long longStanding = r.customers().stream().filter(c -> c.years() >= 5).count();
    assertEquals(60, longStanding * 100 / r.customers().size());
    BigDecimal expectedRate =
        new BigDecimal("0.6")
            .multiply(K.churnOver5y().expected())
            .add(new BigDecimal("0.4").multiply(K.churn1to3y().expected()));
    assertEquals(expectedRate.setScale(3), r.churnRate().expected());
  }

  @Test
  void aSuccessorWhoKnowsTheCustomerAndALongContractLowerTheChurn() {
    CustomerLink alone =
        new CustomerLink("甲", TODAY.minusYears(8), new BigDecimal("1000000"), Coverage.NONE, null);
    CustomerLink covered =
        new CustomerLink(
            "乙",
            TODAY.minusYears(8),
            new BigDecimal("1000000"),
            Coverage.FULL,
            TODAY.plusMonths(24));
    CustomerLink ending =
        new CustomerLink(
            "丙",
            TODAY.minusYears(8),
            new BigDecimal("1000000"),
            Coverage.NONE,
            TODAY.plusMonths(3));
    BigDecimal base = DepartureImpact.risk(alone, K, TODAY).churn().expected();
    assertEquals(
        base.multiply(K.coverageFull()).multiply(K.contractLocked()),
        DepartureImpact.risk(covered, K, TODAY).churn().expected());
    assertEquals(
        base.multiply(K.contractEndingSoon()),
        DepartureImpact.risk(ending, K, TODAY).churn().expected());
  }

  @Test
  void projectsThePersonCarriesAddTheirCostOfDelay() {
    Result r =
        DepartureImpact.of(
            new Subject(
                new BigDecimal("300000"),
                null,
                List.of(),
                List.of(
                    new ProjectStake(
                        "新一代报价系统", new BigDecimal("200000"), Range.of("1", "2", "4")))),
            K,
            TODAY);
    DepartureImpact.Line stall =
        r.lines().stream().filter(l -> l.item().equals("projectStall")).findFirst().orElseThrow();
    assertEquals(Range.of("200000", "400000", "800000"), stall.amount());
    assertEquals(Range.ZERO.rounded(0), r.revenueAtRisk());
    assertEquals(Range.ZERO, r.churnRate());
  }

  @Property
  void churnNeverExceedsTheWholeCustomerAndTheRangeStaysOrdered(
      @ForAll @IntRange(min = 0, max = 30) int years,
      @ForAll @IntRange(min = -12, max = 60) int monthsLeft,
      @ForAll Coverage coverage) {
    CustomerLink c =
        new CustomerLink(
            "x",
            TODAY.minusYears(years),
            new BigDecimal("1000"),
            coverage,
            TODAY.plusMonths(monthsLeft));
    Range churn = DepartureImpact.risk(c, K, TODAY).churn();
    assertTrue(churn.high().compareTo(BigDecimal.ONE) <= 0);
    assertTrue(churn.low().signum() >= 0);
  }

  private static BigDecimal money(BigDecimal v) {
    return v.setScale(0, RoundingMode.HALF_UP);
  }

  /**
   * Defect 4: with the factors readable, a figure computed from the salary gave the salary away to
   * business heads. Without salary visibility every figure comes from the salary's band: two
   * salaries in one band give the same analysis, line for line.
   */
  @Property
  void withoutSalaryVisibilityNoFigureTellsSalariesOfOneBandApart(
      @ForAll @IntRange(min = 1, max = 3_000_000) int first,
      @ForAll @IntRange(min = 0, max = 1000) int permille) {
    BigDecimal a = BigDecimal.valueOf(first);
    Range band = SalaryBand.of(a);
    BigDecimal b =
        band.low()
            .add(
                band.high()
                    .subtract(band.low())
                    .multiply(BigDecimal.valueOf(permille))
                    .divide(BigDecimal.valueOf(1001), 0, RoundingMode.DOWN));
    assertEquals(band, SalaryBand.of(b), "same band");
    assertTrue(
        band.high().compareTo(band.low().add(band.low())) >= 0, "a band spans a factor of two");
    Result forA =
        DepartureImpact.of(new Subject(a, null, List.of(), List.of()), K, TODAY, false, true);
    Result forB =
        DepartureImpact.of(new Subject(b, null, List.of(), List.of()), K, TODAY, false, true);
    assertEquals(forA, forB);
    Result hr =
        DepartureImpact.of(new Subject(a, null, List.of(), List.of()), K, TODAY, true, true);
    assertEquals(
        a.multiply(K.recruitingFactor().expected()).setScale(0, RoundingMode.HALF_UP),
        hr.lines().get(1).amount().expected(),
        "HR still sees the figure from the salary itself");
  }
}
