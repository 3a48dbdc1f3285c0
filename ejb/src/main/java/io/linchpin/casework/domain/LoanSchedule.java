package io.linchpin.casework.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The repayment plan of an interest-free relief loan: equal monthly instalments from the month
 * after it is granted, rounded to the fen, the last one taking the remainder so the sum is the
 * amount.
 */
public final class LoanSchedule {

  private LoanSchedule() {}

  /** One instalment. */
  public record Instalment(int number, LocalDate due, BigDecimal amount) {}

  public static List<Instalment> of(BigDecimal amount, int months, LocalDate granted) {
    BigDecimal each = amount.divide(BigDecimal.valueOf(months), 2, RoundingMode.DOWN);
    List<Instalment> plan = new ArrayList<>();
    BigDecimal scheduled = BigDecimal.ZERO;
    for (int i = 1; i <= months; i++) {
      BigDecimal instalment = i == months ? amount.subtract(scheduled) : each;
      scheduled = scheduled.add(instalment);
      plan.add(new Instalment(i, granted.plusMonths(i), instalment.setScale(2)));
    }
    return plan;
  }

  /** What is still owed after the repayments; never below zero. */
  public static BigDecimal balance(BigDecimal amount, List<BigDecimal> repaid) {
    BigDecimal left = amount;
    for (BigDecimal r : repaid) {
      left = left.subtract(r);
    }
    return left.signum() < 0 ? BigDecimal.ZERO.setScale(2) : left.setScale(2);
  }
}
