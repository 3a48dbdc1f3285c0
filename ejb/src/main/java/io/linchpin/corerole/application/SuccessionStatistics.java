package io.linchpin.corerole.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the review's "high risk, no bench" is made of: the core employees in the caller's reach and
 * those among them with no successor candidate ready now.
 */
public interface SuccessionStatistics {

  /**
   * Under {@code unitPath} and of the role family when given; the gaps' {@code bestReadiness} is
   * not filled: see {@link #bestReadiness}.
   */
  Bench bench(String unitPath, String roleFamily);

  /**
   * The readiness of the best candidate still employed of each of these core employees ({@code
   * ONE_TO_TWO_YEARS}, {@code LATER}, {@code READY_NOW}); none named: left out.
   */
  java.util.Map<Long, String> bestReadiness(List<Long> incumbents);

  /** {@code coreRoles}: core employees counted; {@code gaps}: those without a ready successor. */
  record Bench(long coreRoles, List<Gap> gaps) {}

  /**
   * A core employee without a successor ready now; {@code bestReadiness} is that of their best
   * candidate ({@code ONE_TO_TWO_YEARS} or {@code LATER}), null when none is named.
   */
  record Gap(
      long employeeId,
      String employeeNumber,
      String fullName,
      String orgUnit,
      String position,
      String roleFamily,
      BigDecimal criticality,
      String bestReadiness) {}
}
