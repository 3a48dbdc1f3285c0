package io.linchpin.corerole.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A customer the person looks after: how long the relationship with this person has lasted, what
 * the customer buys in a year, how well a successor already knows them, and when their contract
 * ends (null when not known).
 */
public record CustomerLink(
    String customer,
    LocalDate since,
    BigDecimal annualRevenue,
    Coverage successorCoverage,
    LocalDate contractEnd) {

  /** How well a successor already knows the customer. */
  public enum Coverage {
    /** No one else knows the customer. */
    NONE,
    /** A successor has met the customer, or joins the meetings. */
    PARTIAL,
    /** A successor already works with the customer on their own. */
    FULL
  }

  public CustomerLink {
    Objects.requireNonNull(customer);
    Objects.requireNonNull(since);
    Objects.requireNonNull(annualRevenue);
    Objects.requireNonNull(successorCoverage);
  }
}
