package io.linchpin.corerole.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linchpin.corerole.domain.CustomerLink.Coverage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TransitionPlannerTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  @Test
  void theSuccessorMeetsEveryLongStandingCustomerTheyDoNotKnowMonthlyOldestFirst() {
    // the brief's second case: 20 customers, 12 of more than five years; the successor knows 4
    List<CustomerLink> customers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      customers.add(
          new CustomerLink(
              "客户" + i,
              i < 12 ? TODAY.minusYears(6 + i % 3) : TODAY.minusYears(2),
              new BigDecimal("500000"),
              Coverage.NONE,
              null));
    }
    Set<String> known = Set.of("客户0", "客户1", "客户12", "客户13");
    List<TransitionPlanner.Step> plan = TransitionPlanner.plan(customers, known, true, "李四", TODAY);

    assertEquals(1 + 16, plan.size(), "the know-how first, then one step per customer not known");
    assertTrue(plan.get(0).title().contains("know-how"));
    long monthly = plan.stream().filter(s -> s.title().contains("monthly")).count();
    assertEquals(10, monthly, "the 12 long-standing customers less the 2 the successor knows");
    assertTrue(plan.get(1).title().contains("monthly"), "the oldest relationships come first");
    for (int month = 1; month <= 4; month++) {
      LocalDate due = TODAY.plusMonths(month);
      long inMonth = plan.stream().skip(1).filter(s -> s.due().equals(due)).count();
      assertEquals(TransitionPlanner.PER_MONTH, inMonth, "month " + month);
    }
    assertTrue(plan.stream().allMatch(TransitionPlanner.Step::byIncumbent));
  }

  @Test
  void nothingToHandOverWhenTheSuccessorKnowsEveryoneAndNoKnowHowIsUnique() {
    List<CustomerLink> customers =
        List.of(new CustomerLink("甲", TODAY.minusYears(9), BigDecimal.TEN, Coverage.FULL, null));
    assertEquals(List.of(), TransitionPlanner.plan(customers, Set.of("甲"), false, "王五", TODAY));
  }
}
