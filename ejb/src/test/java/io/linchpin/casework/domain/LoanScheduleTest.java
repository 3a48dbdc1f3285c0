package io.linchpin.casework.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class LoanScheduleTest {

  @Test
  void thirtyThousandOverSevenMonthsLeavesTheRemainderToTheLastInstalment() {
    List<LoanSchedule.Instalment> plan =
        LoanSchedule.of(new BigDecimal("30000"), 7, LocalDate.of(2026, 1, 31));
    assertEquals(new BigDecimal("4285.71"), plan.get(0).amount());
    assertEquals(new BigDecimal("4285.74"), plan.get(6).amount());
    assertEquals(LocalDate.of(2026, 2, 28), plan.get(0).due());
    assertEquals(LocalDate.of(2026, 8, 31), plan.get(6).due());
  }

  @Property
  void theInstalmentsAddUpToTheAmount(
      @ForAll @LongRange(min = 1, max = 5_000_000) long fen,
      @ForAll @IntRange(min = 1, max = 60) int months) {
    BigDecimal amount = BigDecimal.valueOf(fen, 2);
    BigDecimal sum =
        LoanSchedule.of(amount, months, LocalDate.of(2026, 3, 1)).stream()
            .map(LoanSchedule.Instalment::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, sum.compareTo(amount));
  }

  @Test
  void theBalanceIsWhatIsLeftAndNeverNegative() {
    BigDecimal amount = new BigDecimal("50000");
    assertEquals(
        new BigDecimal("47500.00"),
        LoanSchedule.balance(amount, List.of(new BigDecimal("2000"), new BigDecimal("500"))));
    assertEquals(
        new BigDecimal("0.00"), LoanSchedule.balance(amount, List.of(amount, BigDecimal.ONE)));
  }
}
