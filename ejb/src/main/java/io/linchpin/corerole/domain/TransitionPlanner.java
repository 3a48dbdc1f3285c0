package io.linchpin.corerole.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Plans a handover from the gaps between what the incumbent holds and what the successor already
 * knows: for each customer the successor does not know yet, longest-standing and largest first, the
 * incumbent takes the successor to meet them — monthly joint meetings for customers of five years
 * or more — starting with the first at once and spreading the introductions over the months so that
 * each month holds at most {@value #PER_MONTH}; where know-how is rated as unique, the incumbent
 * writes it down first.
 */
public final class TransitionPlanner {

  public static final int PER_MONTH = 4;
  static final int LONG_STANDING_YEARS = 5;

  private TransitionPlanner() {}

  /** A planned step before it is kept: what, whether the incumbent or successor owns it, when. */
  public record Step(String title, boolean byIncumbent, LocalDate due) {}

  public static List<Step> plan(
      List<CustomerLink> customers,
      Set<String> knownBySuccessor,
      boolean uniqueKnowHow,
      String successorName,
      LocalDate today) {
    List<Step> steps = new ArrayList<>();
    if (uniqueKnowHow) {
      steps.add(
          new Step(
              "把只有本人掌握的经验写成文档并交给 "
                  + successorName
                  + " / Write down the know-how only the incumbent holds for "
                  + successorName,
              true,
              today.plusDays(30)));
    }
    List<CustomerLink> gaps =
        customers.stream()
            .filter(c -> !knownBySuccessor.contains(c.customer()))
            .sorted(
                Comparator.comparing(CustomerLink::since)
                    .thenComparing(CustomerLink::annualRevenue, Comparator.reverseOrder()))
            .toList();
    for (int i = 0; i < gaps.size(); i++) {
      CustomerLink c = gaps.get(i);
      LocalDate due = today.plusMonths(1 + i / PER_MONTH);
      boolean longStanding = !c.since().plusYears(LONG_STANDING_YEARS).isAfter(today);
      steps.add(
          new Step(
              longStanding
                  ? "与 "
                      + successorName
                      + " 每月共同拜访 "
                      + c.customer()
                      + "，直至客户认可接任"
                      + " / Meet "
                      + c.customer()
                      + " monthly with "
                      + successorName
                      + " until the customer accepts the handover"
                  : "向 "
                      + c.customer()
                      + " 引荐 "
                      + successorName
                      + " / Introduce "
                      + successorName
                      + " to "
                      + c.customer(),
              true,
              due));
    }
    return steps;
  }
}
