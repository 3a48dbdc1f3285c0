package io.linchpin.analytics.application.internal;

import io.linchpin.analytics.application.ReviewDocument;
import io.linchpin.analytics.application.ReviewExports;
import io.linchpin.analytics.application.ReviewService;
import io.linchpin.analytics.domain.SmallGroups;
import io.linchpin.audit.application.AuditLog;
import io.linchpin.casework.application.CaseStatistics;
import io.linchpin.casework.application.CaseStatistics.CaseLine;
import io.linchpin.casework.application.CaseSummary;
import io.linchpin.casework.application.InterventionStatistics;
import io.linchpin.casework.application.InterventionStatistics.InterventionLine;
import io.linchpin.corerole.application.SuccessionStatistics;
import io.linchpin.monitoring.application.AlertStatistics;
import io.linchpin.monitoring.application.AlertStatistics.RiskTallies;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.people.application.OrgStructureService;
import io.linchpin.people.application.OrgUnitView;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.Roles;
import io.linchpin.shared.Visibility;
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
import java.util.Comparator;
import java.util.HashMap;
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
  @EJB SuccessionStatistics succession;
  @EJB EmployeeService employees;
  @EJB OrgStructureService org;
  @EJB AuditLog audit;
  @Inject ReviewExports exports;

  private final Clock clock = Clock.systemDefaultZone();

  /** The filter as applied: its period, unit and type checked. */
  private record Applied(
      ReviewService.Period shown,
      Instant from,
      Instant to,
      Long unitId,
      String unitPath,
      String caseType,
      String roleFamily) {}

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
    return figures.alerts(
        a.shown(),
        alertStatistics.counts(
            a.unitPath(), a.roleFamily(), figures.bounds(), SmallGroups.MIN_PEOPLE));
  }

  @Override
  public InterventionReview interventions(ReviewFilter filter) {
    Applied a = apply(filter);
    List<InterventionLine> lines =
        interventionStatistics.lines(a.unitPath(), a.roleFamily(), a.from(), a.to());
    List<Long> people = lines.stream().map(InterventionLine::employeeId).distinct().toList();
    return figures(a)
        .interventions(
            a.shown(),
            lines,
            people.isEmpty() ? Map.of() : employees.departures(people),
            clock.instant());
  }

  @Override
  public RiskReview risk(ReviewFilter filter) {
    Applied a = apply(filter);
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(a.shown().from());
        !m.isAfter(YearMonth.from(a.shown().to()));
        m = m.plusMonths(1)) {
      months.add(m);
    }
    RiskTallies tallies =
        alertStatistics.risks(
            a.unitPath(), a.roleFamily(), months.get(0), months.get(months.size() - 1));
    Visibility visibility = employees.visibility();
    List<OrgUnitView> units = org.orgUnits();
    List<RiskFigures.UnitGroup> groups = unitGroups(units, a.unitId(), visibility);
    Map<Long, String> paths = new HashMap<>();
    units.forEach(u -> paths.put(u.id(), u.path()));
    SuccessionStatistics.Bench bench = succession.bench(a.unitPath(), a.roleFamily());
    YearMonth latest = tallies.latest() == null ? months.get(months.size() - 1) : tallies.latest();
    // Only the highest scores are read: the overview lists the highest-risk gaps alone.
    Map<Long, Integer> scores =
        bench.gaps().isEmpty()
            ? Map.of()
            : alertStatistics.highestScores(
                bench.gaps().stream().map(SuccessionStatistics.Gap::employeeId).toList(),
                latest,
                RiskFigures.MAX_GAPS);
    List<SuccessionStatistics.Gap> highest = RiskFigures.highest(bench.gaps(), scores);
    Map<Long, String> readiness =
        highest.isEmpty()
            ? Map.of()
            : succession.bestReadiness(
                highest.stream().map(SuccessionStatistics.Gap::employeeId).toList());
    return new RiskFigures(months, visibility.seesSmallGroups())
        .risk(
            a.shown(),
            tallies,
            groups,
            RiskFigures.groupOf(paths, groups),
            bench,
            highest,
            scores,
            readiness);
  }

  /**
   * The org units the overview breaks the scope into: the units under the one filtered, or under
   * the caller's one unit (with that unit's own people beside them); otherwise the caller's units,
   * or the top of the organisation.
   */
  private static List<RiskFigures.UnitGroup> unitGroups(
      List<OrgUnitView> units, Long unitId, Visibility visibility) {
    List<OrgUnitView> roots;
    if (unitId != null) {
      roots = units.stream().filter(u -> u.id() == unitId).toList();
    } else if (visibility.seesEveryone()) {
      roots = units.stream().filter(u -> u.parentId() == null).toList();
    } else {
      List<String> granted = visibility.unitPaths();
      roots = units.stream().filter(u -> granted.contains(u.path())).toList();
    }
    List<RiskFigures.UnitGroup> groups = new ArrayList<>();
    if (roots.size() == 1) {
      OrgUnitView root = roots.get(0);
      units.stream()
          .filter(u -> Long.valueOf(root.id()).equals(u.parentId()))
          .sorted(Comparator.comparing(OrgUnitView::name))
          .forEach(u -> groups.add(new RiskFigures.UnitGroup(u.name(), u.id(), false)));
      groups.add(new RiskFigures.UnitGroup(root.name(), root.id(), true));
    } else {
      roots.stream()
          .sorted(Comparator.comparing(OrgUnitView::path))
          .forEach(u -> groups.add(new RiskFigures.UnitGroup(u.path(), u.id(), false)));
    }
    return groups;
  }

  @Override
  public byte[] export(String view, String format, ReviewFilter filter) {
    String as = format == null || format.isBlank() ? "xlsx" : format.strip();
    if (!as.equals("xlsx") && !as.equals("pdf")) {
      throw new InvalidInputException("format", "must be xlsx or pdf");
    }
    ReviewDocument document = document(view, filter);
    byte[] file = as.equals("pdf") ? exports.pdf(document) : exports.workbook(document);
    audit.record(
        AuditOperation.EXPORT,
        "review",
        view,
        List.of(as),
        filter == null ? null : String.valueOf(filter.from()) + ".." + filter.to());
    return file;
  }

  @Override
  public ReviewDocument document(String view, ReviewFilter filter) {
    return switch (view == null ? "" : view) {
      case "risk" -> ReviewTables.risk(risk(filter));
      case "cases" -> ReviewTables.cases(cases(filter));
      case "root-causes" -> ReviewTables.rootCauses(rootCauses(filter));
      case "alerts" -> ReviewTables.alerts(alerts(filter));
      case "interventions" -> ReviewTables.interventions(interventions(filter));
      default ->
          throw new InvalidInputException("view", "must be one of " + String.join(", ", VIEWS));
    };
  }

  private List<CaseLine> lines(Applied a) {
    List<CaseLine> lines = caseStatistics.lines(a.unitPath(), a.roleFamily(), a.from(), a.to());
    return a.caseType() == null
        ? lines
        : lines.stream().filter(l -> l.type().equals(a.caseType())).toList();
  }

  private ReviewFigures figures(Applied a) {
    return new ReviewFigures(a.from(), a.to(), zone(), employees.visibility().seesSmallGroups());
  }

  private ZoneId zone() {
    return clock.getZone();
  }

  private Applied apply(ReviewFilter filter) {
    ReviewFilter f = filter == null ? ReviewFilter.none() : filter;
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
    String family =
        f.roleFamily() == null || f.roleFamily().isBlank() ? null : f.roleFamily().strip();
    if (family != null) {
      List<String> families = org.jobFamilies();
      if (!families.contains(family)) {
        violations.add(
            new FieldViolation(
                "roleFamily",
                families.isEmpty()
                    ? "no position has a job family"
                    : "must be one of " + String.join(", ", families)));
      }
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
        new ReviewService.Period(from, to, unit == null ? null : unit.name(), type, family),
        from.atStartOfDay(zone()).toInstant(),
        to.plusDays(1).atStartOfDay(zone()).toInstant(),
        unit == null ? null : unit.id(),
        unit == null ? null : unit.path(),
        type,
        family);
  }
}
