package io.linchpin.casework.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What the review of interventions is computed from: one line per intervention planned for the
 * people in the caller's reach, with a relief loan's amount and what was repaid of it. Opening the
 * amounts is audited once per call.
 */
public interface InterventionStatistics {

  /** The interventions planned in [{@code from}, {@code to}) for people in the caller's reach. */
  List<InterventionLine> lines(String unitPath, String roleFamily, Instant from, Instant to);

  /**
   * One intervention: {@code loanAmount} and {@code repaid} for a relief loan (null for other
   * kinds, and for a person whose data was erased); {@code riskBefore} and {@code riskAfter} the
   * person's risk score before and six months on, as the scans followed it up (null until then, or
   * when the person had none); {@code customersHeld} and {@code customersKept} a customer
   * transition's count of the customers handed over and kept (null until HR counted them).
   */
  record InterventionLine(
      long interventionId,
      long caseId,
      long employeeId,
      String kind,
      String status,
      Instant plannedAt,
      BigDecimal loanAmount,
      BigDecimal repaid,
      Integer riskBefore,
      Integer riskAfter,
      Integer customersHeld,
      Integer customersKept) {}
}
