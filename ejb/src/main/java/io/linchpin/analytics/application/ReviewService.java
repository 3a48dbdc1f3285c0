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
   * The risk overview of the whole org units in the caller's reach (people one sees only one by one
   * are not in it), from the monthly risk scores the scans keep: the distribution and trend
   * overall, per org unit (the units under the one filtered, or under the caller's one unit) and
   * per role family; criticality against risk in the latest month; and the core employees with no
   * successor ready now ("high risk, no bench"), highest risk first.
   */
  RiskReview risk(ReviewFilter filter);

  /**
   * One view as a file: {@code risk}, {@code cases}, {@code root-causes}, {@code alerts} or {@code
   * interventions}; {@code format} {@code xlsx} (the default) or {@code pdf}.
   */
  byte[] export(String view, String format, ReviewFilter filter);

  /** The views, in the order the review shows them. */
  List<String> VIEWS = List.of("risk", "cases", "root-causes", "alerts", "interventions");

  /** One view laid out as the tables its files hold, not audited as an export. */
  ReviewDocument document(String view, ReviewFilter filter);

  /**
   * Which period and part of the organisation: from and to are days, both included (by default the
   * last twelve whole months); {@code orgUnitId} limits to a unit and its subtree; {@code caseType}
   * to one kind of case; {@code roleFamily} to the people whose position is of that job family.
   */
  record ReviewFilter(
      LocalDate from, LocalDate to, Long orgUnitId, String caseType, String roleFamily) {

    /** Everything by default. */
    public static ReviewFilter none() {
      return new ReviewFilter(null, null, null, null, null);
    }
  }

  /** The period the figures cover, as applied. */
  record Period(LocalDate from, LocalDate to, String orgUnit, String caseType, String roleFamily) {}

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
   * ({@code retainedShare}), the share whose risk score went down ({@code riskDownShare}, of those
   * with a score before and after) and, for customer transitions, the customers handed over and
   * kept as HR counted them ({@code customersKeptShare}, of those counted); {@code loans}: the
   * relief loans granted, repaid and outstanding, in yuan.
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
      Double riskDownShare,
      Long customersHeld,
      Long customersKept,
      Double customersKeptShare) {}

  record LoanFigures(
      boolean withheld,
      Long loans,
      java.math.BigDecimal granted,
      java.math.BigDecimal repaid,
      java.math.BigDecimal outstanding) {}

  /**
   * {@code month}: the latest month with scores in the period (null when none); {@code bands}: the
   * score bands of each distribution, and of both axes of the heat map; {@code highFrom}: the score
   * from which a risk counts as high.
   */
  record RiskReview(
      Period period,
      String month,
      List<String> bands,
      int highFrom,
      RiskGroup overall,
      List<RiskGroup> units,
      List<RiskGroup> roleFamilies,
      List<HeatCell> heatMap,
      BenchReview bench) {}

  /**
   * People scored in the latest month of a group (the scope, an org unit with its subtree, or a
   * role family): how many per band, the median, 90th percentile and the number at high risk; and
   * each month's figures.
   */
  record RiskGroup(
      String name,
      Long orgUnitId,
      boolean withheld,
      Long people,
      List<Long> distribution,
      Double median,
      Double p90,
      Long high,
      List<RiskMonth> trend) {}

  record RiskMonth(
      String month, boolean withheld, Long people, Double median, Double mean, Long high) {}

  /** The people of the latest month with a criticality band and a risk band. */
  record HeatCell(String criticality, String risk, boolean withheld, Long people) {}

  /**
   * The core employees counted and those with no successor ready now; {@code highestRisk}: the
   * latter with the highest risk first (at most fifty).
   */
  record BenchReview(Long coreRoles, Long withoutReadySuccessor, List<BenchGap> highestRisk) {}

  record BenchGap(
      long employeeId,
      String employeeNumber,
      String fullName,
      String orgUnit,
      String position,
      String roleFamily,
      java.math.BigDecimal criticality,
      Integer riskScore,
      String bestReadiness) {}
}
