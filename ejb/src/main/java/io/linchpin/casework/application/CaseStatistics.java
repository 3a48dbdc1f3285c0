package io.linchpin.casework.application;

import java.time.Instant;
import java.util.List;

/**
 * What the review of cases is computed from: one line per case about the people in the caller's
 * reach, nothing sensitive; and the drill-down to the cases behind a figure, limited to those the
 * caller may open.
 */
public interface CaseStatistics {

  /**
   * The cases about the people in the caller's reach (under {@code unitPath} when given) that were
   * open at some time in [{@code from}, {@code to}).
   */
  List<CaseLine> lines(String unitPath, String roleFamily, Instant from, Instant to);

  /** Of the given cases, those the caller may open, as list rows (newest first). */
  List<CaseSummary> openable(List<Long> caseIds);

  /**
   * One case as the review counts it: {@code escalations} is the number of its steps that missed
   * their deadline and were escalated.
   */
  record CaseLine(
      long caseId,
      long employeeId,
      String orgUnitPath,
      String type,
      Instant openedAt,
      Instant dueAt,
      Instant closedAt,
      boolean legalInvolved,
      long escalations,
      String rootCause) {}
}
