package io.linchpin.analytics.application.internal;

import io.linchpin.analytics.application.ReviewExports;
import io.linchpin.analytics.application.ReviewService;
import io.linchpin.audit.application.AuditLog;
import io.linchpin.audit.domain.AuditOperation;
import io.linchpin.casework.application.CaseStatistics;
import io.linchpin.casework.application.CaseStatistics.CaseLine;
import io.linchpin.casework.application.CaseSummary;
import io.linchpin.casework.application.InterventionStatistics;
import io.linchpin.casework.application.InterventionStatistics.InterventionLine;
import io.linchpin.monitoring.application.AlertStatistics;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.people.application.OrgStructureService;
import io.linchpin.people.application.OrgUnitView;
import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The review, computed on request from the lines the other contexts give for the caller's scope.
 * Exports are audited.
 */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.BUSINESS_HEAD, Roles.LEGAL})
public class DefaultReviewService implements ReviewService {

  /** The longest period one review covers. */
  static final java.time.Period LONGEST = java.time.Period.ofYears(5);

  @EJB CaseStatistics caseStatistics;
  @EJB AlertStatistics alertStatistics;
  @EJB InterventionStatistics interventionStatistics;
  @EJB EmployeeService employees;
  @EJB OrgStructureService org;
  @EJB AuditLog audit;
  @Inject ReviewExports exports;

  private final Clock clock = Clock.systemDefaultZone();

  /** The filter as applied: its period, unit and type checked. */
  private record Applied(
      ReviewService.Period shown, Instant from, Instant to, String unitPath, String caseType) {}

  @Override
  public CaseReview cases(ReviewFilter filter) {
    Applied a = apply(filter);
    return figures(a).cases(a.shown(), lines(a), a.caseType());
  }

  @Override
  public RootCauseReview rootCauses(ReviewFilter filter) {
    Applied a = apply(filter);
    return figures(a).rootCauses(a.shown(), lines(a));
  }

  @Override
  public List<CaseSummary> casesWithRootCause(ReviewFilter filter, String rootCause) {
    Applied a = apply(filter);
    if (rootCause == null || rootCause.isBlank()) {
      throw new InvalidInputException("rootCause", "is required");
    }
    return caseStatistics.openable(figures(a).withRootCause(lines(a), rootCause.strip()));
  }

  @Override
  public AlertReview alerts(ReviewFilter filter) {
    Applied a = apply(filter);
    ReviewFigures figures = figures(a);
    return figures.alerts(a.shown(), alertStatistics.counts(a.unitPath(), figures.bounds()));
  }

  @Override
  public InterventionReview interventions(ReviewFilter filter) {
    Applied a = apply(filter);
    List<InterventionLine> lines = interventionStatistics.lines(a.unitPath(), a.from(), a.to());
    List<Long> people = lines.stream().map(InterventionLine::employeeId).distinct().toList();
    Instant now = clock.instant();
    Map<Long, Map<YearMonth, Integer>> risks =
        people.isEmpty()
            ? Map.of()
            : alertStatistics.riskScores(
                people,
                YearMonth.from(a.from().atZone(zone())).minusMonths(3),
                YearMonth.from(now.atZone(zone())));
    return figures(a)
        .interventions(
            a.shown(),
            lines,
            people.isEmpty() ? Map.of() : employees.departures(people),
            risks,
            now);
  }

  @Override
  public byte[] export(String view, ReviewFilter filter) {
    byte[] file =
        switch (view == null ? "" : view) {
          case "cases" -> exports.cases(cases(filter));
          case "root-causes" -> exports.rootCauses(rootCauses(filter));
          case "alerts" -> exports.alerts(alerts(filter));
          case "interventions" -> exports.interventions(interventions(filter));
          default ->
              throw new InvalidInputException(
                  "view", "must be cases, root-causes, alerts or interventions");
        };
    audit.record(
        AuditOperation.EXPORT,
        "review",
        view,
        List.of(),
        filter == null ? null : String.valueOf(filter.from()) + ".." + filter.to());
    return file;
  }

  private List<CaseLine> lines(Applied a) {
    List<CaseLine> lines = caseStatistics.lines(a.unitPath(), a.from(), a.to());
    return a.caseType() == null
        ? lines
        : lines.stream().filter(l -> l.type().equals(a.caseType())).toList();
  }

  private ReviewFigures figures(Applied a) {
    return new ReviewFigures(a.from(), a.to(), zone(), employees.visibility().seesEveryone());
  }

  private ZoneId zone() {
    return clock.getZone();
  }

  private Applied apply(ReviewFilter filter) {
    ReviewFilter f = filter == null ? new ReviewFilter(null, null, null, null) : filter;
    LocalDate today = LocalDate.now(clock);
    LocalDate to = f.to() == null ? today.withDayOfMonth(1).minusDays(1) : f.to();
    LocalDate from = f.from() == null ? to.withDayOfMonth(1).minusMonths(11) : f.from();
    List<FieldViolation> violations = new ArrayList<>();
    if (from.isAfter(to)) {
      violations.add(new FieldViolation("from", "must be on or before to"));
    } else if (from.plus(LONGEST).isBefore(to)) {
      violations.add(new FieldViolation("to", "a review covers at most five years"));
    }
    String type = f.caseType() == null || f.caseType().isBlank() ? null : f.caseType().strip();
    if (type != null && !ReviewFigures.CASE_TYPES.contains(type)) {
      violations.add(
          new FieldViolation(
              "caseType", "must be one of " + String.join(", ", ReviewFigures.CASE_TYPES)));
    }
    OrgUnitView unit = null;
    if (f.orgUnitId() != null) {
      try {
        unit = org.orgUnit(f.orgUnitId());
      } catch (io.linchpin.shared.NotFoundException e) {
        violations.add(new FieldViolation("orgUnitId", "no such org unit"));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new Applied(
        new ReviewService.Period(from, to, unit == null ? null : unit.name(), type),
        from.atStartOfDay(zone()).toInstant(),
        to.plusDays(1).atStartOfDay(zone()).toInstant(),
        unit == null ? null : unit.path(),
        type);
  }
}
