package io.linchpin.corerole.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the risk assessment report of a person says, for the business head and HR: who, how critical
 * and why, what losing them would cost, who could take over and the plan.
 */
public record RiskReport(
    String employeeName,
    String employeeNumber,
    String orgUnit,
    String position,
    LocalDate asOf,
    String preparedBy,
    DimensionScores scores,
    BigDecimal overall,
    Boolean core,
    int threshold,
    List<Rated> ratings,
    List<Cost> costs,
    List<Customer> customers,
    List<String> successors,
    List<String> plan) {

  /** A rated criterion with its evidence. */
  public record Rated(Criterion criterion, int rating, String evidence) {}

  /** A line of the impact analysis. */
  public record Cost(String item, Range amount, String reasoning) {}

  /** A customer at risk. */
  public record Customer(
      String name, int years, BigDecimal annualRevenue, Range churn, Range atRisk) {}

  /** Renders a report; a port so that the PDF library stays out of the domain. */
  public interface Renderer {
    byte[] render(RiskReport report);
  }
}
