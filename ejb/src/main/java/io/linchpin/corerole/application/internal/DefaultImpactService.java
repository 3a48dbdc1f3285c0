package io.linchpin.corerole.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.corerole.application.ImpactService;
import io.linchpin.corerole.application.SuccessionService;
import io.linchpin.corerole.domain.Assessment;
import io.linchpin.corerole.domain.AssessmentRepository;
import io.linchpin.corerole.domain.CustomerLink;
import io.linchpin.corerole.domain.DepartureImpact;
import io.linchpin.corerole.domain.ImpactParameters;
import io.linchpin.corerole.domain.ImpactRepository;
import io.linchpin.corerole.domain.ImpactSetting;
import io.linchpin.corerole.domain.RampUpEstimate;
import io.linchpin.corerole.domain.Range;
import io.linchpin.corerole.domain.RegistryRow;
import io.linchpin.corerole.domain.RiskReport;
import io.linchpin.corerole.domain.module.ModuleRecord;
import io.linchpin.corerole.domain.module.ModuleRepository;
import io.linchpin.corerole.domain.module.RecordValues;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.people.application.OrgStructureService;
import io.linchpin.people.application.PersonRef;
import io.linchpin.people.application.Ref;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.EmployeeId;
import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Feeds the departure-impact model from the registry, the sales and project modules, the person's
 * salary and HR's ramp-up estimate. Salaries are read for costing only and audited.
 */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.BUSINESS_HEAD})
public class DefaultImpactService implements ImpactService {

  static final String PROJECTS = "project-management";
  static final BigDecimal TWELVE = BigDecimal.valueOf(12);
  private static final Jsonb JSONB = JsonbBuilder.create();

  @Resource SessionContext session;
  @Inject AssessmentRepository assessments;
  @Inject ModuleRepository modules;
  @Inject ImpactRepository impacts;
  @Inject RiskReport.Renderer renderer;
  @EJB EmployeeService employees;
  @EJB OrgStructureService org;
  @EJB AuditLog audit;
  @EJB SuccessionService succession;

  private final Clock clock = Clock.systemDefaultZone();

  /** An analysis with the person and assessment it was made from, for the report to reuse. */
  private record Analysis(PersonRef person, Assessment assessment, ImpactView view) {}

  @Override
  public ImpactView impact(long employeeId, String purpose) {
    return analyse(employeeId, purpose).view();
  }

  private Analysis analyse(long employeeId, String purpose) {
    PersonRef person = employees.person(EmployeeId.of(employeeId));
    String why =
        purpose == null || purpose.isBlank() ? "departure-impact analysis" : purpose.strip();
    BigDecimal salary = employees.salariesForCosting(List.of(employeeId), why).get(employeeId);
    List<ModuleRecord> customers =
        modules.records(employeeId, SalesCustomers.MODULE, SalesCustomers.COLLECTION);
    List<ModuleRecord> projects = modules.records(employeeId, PROJECTS, "projects");
    if (!customers.isEmpty() || !projects.isEmpty()) {
      audit.recordNow(
          AuditOperation.READ_SENSITIVE,
          DefaultModuleService.RECORD,
          "employee:" + employeeId + "/impact",
          List.of("values"),
          why,
          "OK");
    }
    Range rampUp = impacts.estimate(employeeId).map(e -> months(e.getMonths())).orElse(null);
    ImpactParameters k = parameters();
    LocalDate today = LocalDate.now(clock);
    DepartureImpact.Result r =
        DepartureImpact.of(
            subject(salary, rampUp, opened(customers), opened(projects), k),
            k,
            today,
            showSalary(),
            true);
    Assessment a = assessments.current(employeeId).orElse(null);
    ImpactView view =
        new ImpactView(
            new Ref(person.id(), person.fullName()),
            person.employeeNumber(),
            today,
            a == null ? null : a.getScore(),
            a != null && a.isCore(),
            r.book(),
            r.churnRate(),
            r.revenueAtRisk(),
            r.replacementCost(),
            r.total(),
            rampUp == null ? k.rampUpMonths() : rampUp,
            salary != null,
            r.customers().stream()
                .map(
                    c ->
                        new CustomerView(
                            c.customer(),
                            c.years(),
                            c.annualRevenue(),
                            c.churn().rounded(3),
                            c.revenueAtRisk().rounded(0),
                            c.reasoning()))
                .toList(),
            r.lines().stream()
                .map(l -> new LineView(l.item(), l.amount(), l.reasoning()))
                .toList());
    return new Analysis(person, a, view);
  }

  @Override
  public byte[] report(long employeeId, String purpose) {
    String why = purpose == null || purpose.isBlank() ? "risk assessment report" : purpose.strip();
    Analysis analysis = analyse(employeeId, why);
    ImpactView impact = analysis.view();
    PersonRef person = analysis.person();
    Assessment a = analysis.assessment();
    List<RiskReport.Rated> ratings = new ArrayList<>();
    if (a != null) {
      a.ratings()
          .forEach(
              r ->
                  ratings.add(
                      new RiskReport.Rated(r.getCriterion(), r.getRating(), a.evidence(r))));
    }
    List<RiskReport.Customer> customers =
        impact.customers().stream()
            .sorted(
                Comparator.comparing((CustomerView c) -> c.revenueAtRisk().expected()).reversed())
            .limit(20)
            .map(
                c ->
                    new RiskReport.Customer(
                        c.customer(), c.years(), c.annualRevenue(), c.churn(), c.revenueAtRisk()))
            .toList();
    SuccessionService.Succession plan = succession.succession(employeeId);
    byte[] pdf =
        renderer.render(
            new RiskReport(
                person.fullName(),
                person.employeeNumber(),
                person.orgUnit() == null ? null : person.orgUnit().label(),
                person.position() == null ? null : person.position().label(),
                impact.asOf(),
                caller(),
                a == null ? null : a.scores(),
                a == null ? null : a.getScore(),
                a == null ? null : a.isCore(),
                assessments.model().getThreshold(),
                ratings,
                impact.lines().stream()
                    .map(l -> new RiskReport.Cost(l.item(), l.amount(), l.reasoning()))
                    .toList(),
                customers,
                successors(plan),
                plan.plan().stream()
                    .map(
                        t ->
                            t.due()
                                + " · "
                                + (t.owner().label() == null ? "" : t.owner().label() + " · ")
                                + t.title()
                                + (t.done() ? " ✓" : ""))
                    .toList()));
    audit.record(
        AuditOperation.EXPORT,
        "risk-report",
        "employee:" + employeeId,
        List.of("criticality", "impact"),
        why);
    return pdf;
  }

  private static List<String> successors(SuccessionService.Succession s) {
    return s.candidates().stream()
        .map(
            c ->
                (c.candidate().label() == null ? "#" + c.candidate().id() : c.candidate().label())
                    + " · "
                    + switch (c.readiness()) {
                      case "READY_NOW" -> "可立即接任 ready now";
                      case "ONE_TO_TWO_YEARS" -> "1–2年 1–2 years";
                      default -> "更久 later";
                    }
                    + " · 已熟悉客户 knows "
                    + c.customersKnown()
                    + " / "
                    + c.customers()
                    + " customers ("
                    + c.revenueCoverage()
                        .movePointRight(2)
                        .setScale(0, java.math.RoundingMode.HALF_UP)
                    + " % of revenue)")
        .toList();
  }

  @Override
  public Portfolio portfolio(Long orgUnitId) {
    String path = orgUnitId == null ? null : org.orgUnit(orgUnitId).path();
    List<RegistryRow> core =
        assessments.within(employees.visibility(), path).stream()
            .filter(r -> r.assessment().isCore())
            .toList();
    List<Long> ids = core.stream().map(r -> r.assessment().getEmployeeId()).toList();
    Map<Long, BigDecimal> salaries =
        ids.isEmpty() ? Map.of() : employees.salariesForCosting(ids, "impact portfolio");
    Map<Long, List<String>> customers =
        modules.values(ids, SalesCustomers.MODULE, SalesCustomers.COLLECTION);
    Map<Long, List<String>> projects = modules.values(ids, PROJECTS, "projects");
    Map<Long, Integer> estimates = impacts.estimates(ids);
    if (!ids.isEmpty()) {
      audit.recordNow(
          AuditOperation.READ_SENSITIVE,
          DefaultModuleService.RECORD,
          ids.size() + " people/impact",
          List.of("values"),
          "impact portfolio",
          "OK");
    }
    ImpactParameters k = parameters();
    LocalDate today = LocalDate.now(clock);
    boolean showSalary = showSalary();
    List<Exposure> exposures = new ArrayList<>();
    Range sum = Range.ZERO;
    for (RegistryRow row : core) {
      long id = row.assessment().getEmployeeId();
      Integer estimate = estimates.get(id);
      List<String> held = customers.getOrDefault(id, List.of());
      DepartureImpact.Result r =
          DepartureImpact.of(
              subject(
                  salaries.get(id),
                  estimate == null ? null : months(estimate),
                  held,
                  projects.getOrDefault(id, List.of()),
                  k),
              k,
              today,
              showSalary,
              false);
      sum = sum.plus(r.total());
      exposures.add(
          new Exposure(
              new Ref(id, row.fullName()),
              row.employeeNumber(),
              row.orgUnitId() == null ? null : new Ref(row.orgUnitId(), row.orgUnitName()),
              row.assessment().getScore(),
              r.customers().size(),
              r.revenueAtRisk(),
              r.replacementCost(),
              r.total()));
    }
    exposures.sort(
        Comparator.comparing((Exposure e) -> e.total().expected())
            .reversed()
            .thenComparing(Exposure::employeeNumber));
    return new Portfolio(today, exposures.size(), sum, exposures, clock.instant());
  }

  @Override
  public ImpactParameters parameters() {
    return impacts
        .setting(ImpactSetting.PARAMETERS)
        .map(s -> JSONB.fromJson(s.getValue(), ImpactParameters.class))
        .orElse(ImpactParameters.DEFAULTS);
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public ImpactParameters changeParameters(ImpactParameters p) {
    if (p == null) {
      throw new InvalidInputException("body", "is required");
    }
    List<FieldViolation> violations = new ArrayList<>();
    if (hasNull(p)) {
      violations.add(new FieldViolation("body", "every parameter is required"));
    } else {
      p.problems()
          .forEach(
              m ->
                  violations.add(
                      new FieldViolation(
                          m.substring(0, m.indexOf(':')),
                          m.substring(m.indexOf(':') + 1).strip())));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    String json = JSONB.toJson(p);
    impacts
        .setting(ImpactSetting.PARAMETERS)
        .ifPresentOrElse(
            s -> s.change(json, clock.instant(), caller()),
            () ->
                impacts.add(
                    new ImpactSetting(ImpactSetting.PARAMETERS, json, clock.instant(), caller())));
    audit.record(AuditOperation.UPDATE, "impact-parameters", "parameters", List.of("all"), null);
    return p;
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public ImpactView estimateRampUp(long employeeId, Integer months) {
    employees.person(EmployeeId.of(employeeId));
    if (months == null || months < 1 || months > 60) {
      throw new InvalidInputException("rampUpMonths", "must be between 1 and 60");
    }
    impacts
        .estimate(employeeId)
        .ifPresentOrElse(
            e -> e.change(months, clock.instant(), caller()),
            () -> impacts.add(new RampUpEstimate(employeeId, months, clock.instant(), caller())));
    // Reads are audited in their own transactions: they go first, the change after, so that the
    // audit log's head is never locked twice in one request.
    ImpactView view = impact(employeeId, "ramp-up estimate");
    audit.record(
        AuditOperation.UPDATE,
        "impact-estimate",
        "employee:" + employeeId,
        List.of("rampUpMonths"),
        null);
    return view;
  }

  private static List<String> opened(List<ModuleRecord> records) {
    return records.stream().map(ModuleRecord::values).toList();
  }

  private static DepartureImpact.Subject subject(
      BigDecimal monthlySalary,
      Range rampUp,
      List<String> customers,
      List<String> projects,
      ImpactParameters k) {
    List<CustomerLink> links = SalesCustomers.fromJson(customers);
    List<DepartureImpact.ProjectStake> stakes = new ArrayList<>();
    for (String json : projects) {
      if (json == null) {
        continue;
      }
      Map<String, Object> v = RecordValues.fromJson(json);
      if ("LEAD".equals(v.get("role")) && v.get("monthlyDelayCost") instanceof Double cost) {
        stakes.add(
            new DepartureImpact.ProjectStake(
                String.valueOf(v.getOrDefault("name", "?")),
                BigDecimal.valueOf(cost),
                k.projectDelayMonths()));
      }
    }
    BigDecimal annual = monthlySalary == null ? BigDecimal.ZERO : monthlySalary.multiply(TWELVE);
    return new DepartureImpact.Subject(annual, rampUp, links, stakes);
  }

  private static Range months(int months) {
    return Range.of(BigDecimal.valueOf(months));
  }

  private boolean showSalary() {
    return session.isCallerInRole(Roles.HR_ADMIN) || session.isCallerInRole(Roles.HR_BP);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  private static boolean hasNull(ImpactParameters p) {
    return p.churnUnder1y() == null
        || p.churn1to3y() == null
        || p.churn3to5y() == null
        || p.churnOver5y() == null
        || p.coveragePartial() == null
        || p.coverageFull() == null
        || p.contractEndingSoon() == null
        || p.contractLocked() == null
        || p.recruitingFactor() == null
        || p.rampUpMonths() == null
        || p.productivityGap() == null
        || p.onCostFactor() == null
        || p.projectDelayMonths() == null;
  }
}
