package io.linchpin.corerole.application;

import io.linchpin.corerole.domain.ImpactParameters;
import io.linchpin.corerole.domain.Range;
import io.linchpin.people.application.Ref;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What losing a person would cost: customer churn and revenue at risk from the customers they hold
 * (sales module), replacement cost from their salary, ramp-up and the projects they lead (project
 * module), each low / expected / high with the reasoning line by line. For HR admins, HR business
 * partners and business heads, within their reach; business heads see costs derived from a salary
 * but not the salary.
 */
public interface ImpactService {

  /** The analysis of one person; reading their salary and records is audited with the purpose. */
  ImpactView impact(long employeeId, String purpose);

  /**
   * The analysis of every core employee in the caller's reach (under an org unit when given), by
   * expected total exposure, highest first.
   */
  Portfolio portfolio(Long orgUnitId);

  ImpactParameters parameters();

  /** New parameters, for every analysis from now on (HR admins). */
  ImpactParameters changeParameters(ImpactParameters parameters);

  /**
   * The risk assessment report of a person as PDF (Chinese and English, CJK font embedded):
   * criticality with evidence, impact ranges, customers at risk, successors and plan. Audited as an
   * export.
   */
  byte[] report(long employeeId, String purpose);

  /** Sets the months a replacement for the person would need (null: the default range). */
  ImpactView estimateRampUp(long employeeId, Integer months);

  /** One customer's churn and revenue at risk. */
  record CustomerView(
      String customer,
      int years,
      BigDecimal annualRevenue,
      Range churn,
      Range revenueAtRisk,
      String reasoning) {}

  /** A line of the analysis. */
  record LineView(String item, Range amount, String reasoning) {}

  /** The analysis of a person. */
  record ImpactView(
      Ref employee,
      String employeeNumber,
      LocalDate asOf,
      BigDecimal score,
      boolean core,
      BigDecimal book,
      Range churnRate,
      Range revenueAtRisk,
      Range replacementCost,
      Range total,
      Range rampUpMonths,
      boolean salaryKnown,
      List<CustomerView> customers,
      List<LineView> lines) {}

  /** A core employee's exposure in the portfolio. */
  record Exposure(
      Ref employee,
      String employeeNumber,
      Ref orgUnit,
      BigDecimal score,
      int customers,
      Range revenueAtRisk,
      Range replacementCost,
      Range total) {}

  /** Every core employee in reach, highest expected exposure first, with the sum. */
  record Portfolio(
      LocalDate asOf, int people, Range total, List<Exposure> exposures, Instant computedAt) {}
}
