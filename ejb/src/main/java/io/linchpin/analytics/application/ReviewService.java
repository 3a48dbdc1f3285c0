package io.linchpin.analytics.application;

import io.linchpin.casework.application.CaseSummary;
import java.time.LocalDate;
import java.util.List;

/**
 * The review of incidents, for the caller's scope: how fast cases of each type were resolved
 * against their deadlines, what caused them, and what alerts turned into. A figure made of fewer
 * than five people is withheld ({@code withheld: true}, its numbers left out) except from HR
 * admins.
 */
public interface ReviewService {

  CaseReview cases(ReviewFilter filter);

  RootCauseReview rootCauses(ReviewFilter filter);

  /** The closed cases with this root cause that the caller may open, newest first. */
  List<CaseSummary> casesWithRootCause(ReviewFilter filter, String rootCause);

  AlertReview alerts(ReviewFilter filter);

  InterventionReview interventions(ReviewFilter filter);

  /**
   * One view as a spreadsheet: {@code cases}, {@code root-causes}, {@code alerts} or {@code
   * interventions}.
   */
  byte[] export(String view, ReviewFilter filter);

  /**
   * Which period and part of the organisation: from and to are days, both included (by default the
   * last twelve whole months); {@code orgUnitId} limits to a unit and its subtree; {@code caseType}
   * to one kind of case.
   */
  record ReviewFilter(LocalDate from, LocalDate to, Long orgUnitId, String caseType) {}

  /** The period the figures cover, as applied. */
  record Period(LocalDate from, LocalDate to, String orgUnit, String caseType) {}

  /**
   * Cases per type: opened and closed in the period, still open at its end; for those closed, the
   * time to resolve in hours (median and 90th percentile) against the deadline they had (median),
   * the share resolved within it, the share Legal was involved in, and the steps escalated.
   */
  record CaseReview(
      Period period,
      List<CaseTypeFigures> types,
      List<CaseMonth> trend,
      double targetDays,
      double baselineDays) {}

  record CaseTypeFigures(
      String type,
      boolean withheld,
      Long people,
      Long opened,
      Long closed,
      Long stillOpen,
      Double medianHours,
      Double p90Hours,
      Double medianSlaHours,
      Double withinSlaShare,
      Double legalShare,
      Long escalations) {}

  /** Cases closed in a month: how many, the median days they took, the share within deadline. */
  record CaseMonth(
      String month, boolean withheld, Long closed, Double medianDays, Double withinSlaShare) {}

  /** Closed cases by root cause, each with its share of those with a cause. */
  record RootCauseReview(
      Period period, boolean withheld, Long closed, List<RootCauseFigure> causes) {}

  record RootCauseFigure(
      String rootCause, boolean withheld, Long cases, Long people, Double share) {}

  /**
   * Alerts per detector: raised in the period, where they stand (new, triaged, a case, dismissed),
   * the share dismissed of those decided; {@code noisy} when most decided alerts were dismissed (at
   * least five decided), a detector to tune. {@code months}: alerts raised per month.
   */
  record AlertReview(Period period, List<DetectorFigures> detectors) {}

  record DetectorFigures(
      String detectorKey,
      String detectorName,
      boolean withheld,
      Long people,
      Long raised,
      Long open,
      Long triaged,
      Long cases,
      Long dismissed,
      Double dismissedShare,
      boolean noisy,
      List<MonthCount> months) {}

  record MonthCount(String month, Long raised) {}

  /**
   * Interventions planned in the period per kind, where they stand, and what became of the people
   * six months on ({@code followedUp}: planned at least six months ago): the share still employed
   * ({@code retainedShare}) and the share whose risk score went down ({@code riskDownShare}, of
   * those with a score before and after); {@code loans}: the relief loans granted, repaid and
   * outstanding, in yuan.
   */
  record InterventionReview(
      Period period, List<InterventionKindFigures> kinds, LoanFigures loans, int outcomeMonths) {}

  record InterventionKindFigures(
      String kind,
      boolean withheld,
      Long people,
      Long planned,
      Long done,
      Long cancelled,
      Long open,
      Long followedUp,
      Double retainedShare,
      Double riskDownShare) {}

  record LoanFigures(
      boolean withheld,
      Long loans,
      java.math.BigDecimal granted,
      java.math.BigDecimal repaid,
      java.math.BigDecimal outstanding) {}
}
