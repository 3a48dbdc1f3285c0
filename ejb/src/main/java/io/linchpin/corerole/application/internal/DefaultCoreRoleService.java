package io.linchpin.corerole.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.corerole.application.CoreRoleService;
import io.linchpin.corerole.domain.Assessment;
import io.linchpin.corerole.domain.AssessmentRepository;
import io.linchpin.corerole.domain.Criterion;
import io.linchpin.corerole.domain.Dimension;
import io.linchpin.corerole.domain.DimensionScores;
import io.linchpin.corerole.domain.Rating;
import io.linchpin.corerole.domain.RegistryCriteria;
import io.linchpin.corerole.domain.RegistryRow;
import io.linchpin.corerole.domain.ScoringModel;
import io.linchpin.people.application.AccessService;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.people.application.OrgStructureService;
import io.linchpin.people.application.OrgUnitView;
import io.linchpin.people.application.PersonRef;
import io.linchpin.people.application.Ref;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.ConflictException;
import io.linchpin.shared.EmployeeId;
import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.NotFoundException;
import io.linchpin.shared.Page;
import io.linchpin.shared.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps the registry: validates and scores assessments, keeps the previous ones as history, and
 * re-scores current ones when HR admins change the model. People outside the caller's reach are not
 * found; reading evidence is audited.
 */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.BUSINESS_HEAD, Roles.LINE_MANAGER})
public class DefaultCoreRoleService implements CoreRoleService {

  static final String OBJECT = "criticality";
  static final List<String> SENSITIVE = List.of("evidence", "note");
  static final int MAX_EVIDENCE = 2000;
  static final int MAX_NOTE = 4000;
  static final int MAX_REASON = 500;
  static final int MAX_PAGE = 200;

  @Resource SessionContext session;
  @Inject AssessmentRepository assessments;
  @EJB EmployeeService employees;
  @EJB AccessService access;
  @EJB OrgStructureService org;
  @EJB AuditLog audit;

  private final Clock clock = Clock.systemUTC();

  @Override
  public List<CriterionView> criteria() {
    return Arrays.stream(Criterion.values())
        .map(
            c ->
                new CriterionView(
                    c.name(), c.dimension().name(), c.description(), Criterion.MAX_RATING))
        .toList();
  }

  @Override
  public ModelView model() {
    return view(assessments.model(), null);
  }

  @Override
  public List<ModelView> models() {
    return assessments.models().stream().map(m -> view(m, null)).toList();
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public ModelView changeModel(ChangeModel command) {
    if (command == null) {
      throw new InvalidInputException("body", "is required");
    }
    List<FieldViolation> violations = new ArrayList<>();
    required(command.weightResource(), "weightResource", violations);
    required(command.weightExperience(), "weightExperience", violations);
    required(command.weightCost(), "weightCost", violations);
    required(command.threshold(), "threshold", violations);
    if (command.reason() != null && command.reason().length() > MAX_REASON) {
      violations.add(new FieldViolation("reason", "must be at most " + MAX_REASON + " characters"));
    }
    if (violations.isEmpty()) {
      for (String problem :
          ScoringModel.problems(
              command.weightResource(),
              command.weightExperience(),
              command.weightCost(),
              command.threshold())) {
        violations.add(
            new FieldViolation(problem.startsWith("threshold") ? "threshold" : "weights", problem));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    ScoringModel current = assessments.model();
    ScoringModel next =
        new ScoringModel(
            current.getModelVersion() + 1,
            command.weightResource(),
            command.weightExperience(),
            command.weightCost(),
            command.threshold(),
            clock.instant(),
            caller(),
            blankToNull(command.reason()));
    assessments.add(next);
    int rescored = assessments.rescore(next);
    audit.record(
        AuditOperation.UPDATE,
        "criticality-model",
        Integer.toString(next.getModelVersion()),
        List.of("weights", "threshold"),
        null);
    return view(next, rescored);
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public AssessmentView assess(long employeeId, Assess command) {
    access.refuseOwnRecord(employeeId, "employeeId", "assess criticality");
    PersonRef person = employees.person(EmployeeId.of(employeeId));
    if (person.erased()) {
      throw new ConflictException("employeeId", "the person's data has been erased");
    }
    if (command == null) {
      throw new InvalidInputException("body", "is required");
    }
    List<FieldViolation> violations = new ArrayList<>();
    List<Rating> ratings = ratings(command.ratings(), violations);
    if (command.note() != null && command.note().length() > MAX_NOTE) {
      violations.add(new FieldViolation("note", "must be at most " + MAX_NOTE + " characters"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    Instant now = clock.instant();
    Optional<Assessment> previous = assessments.current(employeeId);
    previous.ifPresent(p -> p.supersede(now));
    Assessment a =
        new Assessment(
            UUID.randomUUID().toString(),
            employeeId,
            person.dataSubject(),
            person.position() == null ? null : person.position().id(),
            ratings,
            blankToNull(command.note()),
            assessments.model(),
            now,
            caller());
    assessments.add(a);
    audit.record(AuditOperation.CREATE, OBJECT, "employee:" + employeeId, SENSITIVE, null);
    return view(a, person, true);
  }

  private List<Rating> ratings(List<RatingInput> inputs, List<FieldViolation> violations) {
    if (inputs == null || inputs.isEmpty()) {
      violations.add(new FieldViolation("ratings", "rate at least one criterion per dimension"));
      return List.of();
    }
    List<Rating> ratings = new ArrayList<>();
    Set<Criterion> seen = EnumSet.noneOf(Criterion.class);
    for (int i = 0; i < inputs.size(); i++) {
      RatingInput in = inputs.get(i);
      String at = "ratings[" + i + "]";
      if (in == null) {
        violations.add(new FieldViolation(at, "is required"));
        continue;
      }
      Criterion criterion = criterion(in.criterion());
      if (criterion == null) {
        violations.add(
            new FieldViolation(
                at + ".criterion", "must be one of " + Arrays.toString(Criterion.values())));
        continue;
      }
      if (!seen.add(criterion)) {
        violations.add(new FieldViolation(at + ".criterion", criterion + " is rated twice"));
        continue;
      }
      if (in.rating() == null || in.rating() < 0 || in.rating() > Criterion.MAX_RATING) {
        violations.add(
            new FieldViolation(at + ".rating", "must be between 0 and " + Criterion.MAX_RATING));
        continue;
      }
      String evidence = blankToNull(in.evidence());
      if (in.rating() >= Criterion.EVIDENCE_FROM && evidence == null) {
        violations.add(
            new FieldViolation(
                at + ".evidence",
                "a rating of " + Criterion.EVIDENCE_FROM + " or more needs evidence"));
        continue;
      }
      if (evidence != null && evidence.length() > MAX_EVIDENCE) {
        violations.add(
            new FieldViolation(
                at + ".evidence", "must be at most " + MAX_EVIDENCE + " characters"));
        continue;
      }
      ratings.add(new Rating(criterion, in.rating(), evidence));
    }
    for (Dimension d : Dimension.values()) {
      if (Criterion.of(d).stream().noneMatch(seen::contains)) {
        violations.add(new FieldViolation("ratings", "rate at least one criterion of " + d));
      }
    }
    return ratings;
  }

  @Override
  public AssessmentView assessment(long employeeId, String purpose) {
    PersonRef person = employees.person(EmployeeId.of(employeeId));
    Assessment a =
        assessments
            .current(employeeId)
            .orElseThrow(() -> new NotFoundException("Assessment of employee", employeeId));
    audit.recordNow(
        AuditOperation.READ_SENSITIVE,
        OBJECT,
        "employee:" + employeeId,
        SENSITIVE,
        blankToNull(purpose),
        "OK");
    return view(a, person, true);
  }

  @Override
  public java.util.Map<Long, java.math.BigDecimal> criticalityScores(
      java.util.Collection<Long> employeeIds) {
    java.util.Set<Long> visible = employees.visibleAmong(employeeIds);
    java.util.Map<Long, java.math.BigDecimal> scores = assessments.currentScores(visible);
    return scores;
  }

  @Override
  public List<AssessmentView> history(long employeeId) {
    PersonRef person = employees.person(EmployeeId.of(employeeId));
    return assessments.history(employeeId).stream().map(a -> view(a, person, false)).toList();
  }

  @Override
  public Page<RegistryEntry> registry(RegistryQuery query) {
    List<FieldViolation> violations = new ArrayList<>();
    Dimension dimension = null;
    if (query.dimension() != null && !query.dimension().isBlank()) {
      try {
        dimension = Dimension.valueOf(query.dimension().trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        violations.add(
            new FieldViolation(
                "dimension", "must be one of " + Arrays.toString(Dimension.values())));
      }
    }
    if (query.minScore() != null
        && (query.minScore().signum() < 0 || query.minScore().compareTo(HUNDRED) > 0)) {
      violations.add(new FieldViolation("minScore", "must lie between 0 and 100"));
    }
    if (query.page() < 0) {
      violations.add(new FieldViolation("page", "must not be negative"));
    }
    if (query.size() < 1 || query.size() > MAX_PAGE) {
      violations.add(new FieldViolation("size", "must be between 1 and " + MAX_PAGE));
    }
    String path = null;
    if (query.orgUnitId() != null) {
      path = unitPath(query.orgUnitId(), violations);
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    Page<RegistryRow> rows =
        assessments.registry(
            new RegistryCriteria(
                employees.visibility(),
                path,
                dimension,
                query.minScore(),
                query.coreOnly(),
                blankToNull(query.text()),
                query.page(),
                query.size()));
    return new Page<>(
        rows.items().stream().map(DefaultCoreRoleService::entry).toList(),
        rows.total(),
        rows.page(),
        rows.size());
  }

  @Override
  public HeatMap heatMap(Long orgUnitId) {
    List<OrgUnitView> units = org.orgUnits();
    OrgUnitView parent = null;
    if (orgUnitId != null) {
      parent =
          units.stream()
              .filter(u -> u.id() == orgUnitId)
              .findFirst()
              .orElseThrow(() -> new NotFoundException("Org unit", orgUnitId));
    }
    Long parentId = parent == null ? null : parent.id();
    List<OrgUnitView> children =
        units.stream()
            .filter(u -> java.util.Objects.equals(u.parentId(), parentId))
            .sorted(java.util.Comparator.comparing(OrgUnitView::name))
            .toList();
    List<RegistryRow> rows =
        assessments.within(employees.visibility(), parent == null ? null : parent.path());
    Map<Long, List<RegistryRow>> byChild = new LinkedHashMap<>();
    children.forEach(c -> byChild.put(c.id(), new ArrayList<>()));
    for (RegistryRow row : rows) {
      for (OrgUnitView c : children) {
        if (row.orgUnitPath() != null
            && (row.orgUnitPath().equals(c.path())
                || row.orgUnitPath().startsWith(c.path() + "/"))) {
          byChild.get(c.id()).add(row);
          break;
        }
      }
    }
    List<HeatCell> cells = new ArrayList<>();
    for (OrgUnitView c : children) {
      List<RegistryRow> in = byChild.get(c.id());
      if (in.isEmpty()) {
        cells.add(new HeatCell(new Ref(c.id(), c.name()), 0, 0, null, null));
        continue;
      }
      int core = (int) in.stream().filter(r -> r.assessment().isCore()).count();
      BigDecimal highest =
          in.stream().map(r -> r.assessment().getScore()).max(BigDecimal::compareTo).orElseThrow();
      cells.add(
          new HeatCell(
              new Ref(c.id(), c.name()),
              in.size(),
              core,
              new Scores(
                  mean(in, Dimension.RESOURCE_EXCLUSIVITY),
                  mean(in, Dimension.EXPERIENCE_DEPENDENCY),
                  mean(in, Dimension.COST_SENSITIVITY),
                  mean(in, null)),
              highest));
    }
    return new HeatMap(
        parent == null ? null : new Ref(parent.id(), parent.name()),
        assessments.model().getThreshold(),
        cells);
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static BigDecimal mean(List<RegistryRow> rows, Dimension d) {
    BigDecimal sum = BigDecimal.ZERO;
    for (RegistryRow r : rows) {
      sum = sum.add(d == null ? r.assessment().getScore() : r.assessment().scores().of(d));
    }
    return sum.divide(BigDecimal.valueOf(rows.size()), 1, RoundingMode.HALF_UP);
  }

  private String unitPath(long orgUnitId, List<FieldViolation> violations) {
    try {
      return org.orgUnit(orgUnitId).path();
    } catch (NotFoundException e) {
      violations.add(new FieldViolation("orgUnitId", "no org unit " + orgUnitId));
      return null;
    }
  }

  private static Criterion criterion(String key) {
    if (key == null || key.isBlank()) {
      return null;
    }
    try {
      return Criterion.valueOf(key.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void required(Integer value, String field, List<FieldViolation> violations) {
    if (value == null) {
      violations.add(new FieldViolation(field, "is required"));
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  private static ModelView view(ScoringModel m, Integer rescored) {
    return new ModelView(
        m.getModelVersion(),
        m.weight(Dimension.RESOURCE_EXCLUSIVITY),
        m.weight(Dimension.EXPERIENCE_DEPENDENCY),
        m.weight(Dimension.COST_SENSITIVITY),
        m.getThreshold(),
        m.getCreatedAt(),
        m.getCreatedBy(),
        m.getReason(),
        rescored);
  }

  static Scores scores(DimensionScores s, BigDecimal overall) {
    return new Scores(s.resource(), s.experience(), s.cost(), overall);
  }

  private static AssessmentView view(Assessment a, PersonRef person, boolean withEvidence) {
    List<RatingView> ratings = new ArrayList<>();
    if (withEvidence) {
      for (Rating r : a.ratings()) {
        Criterion c = r.getCriterion();
        ratings.add(new RatingView(c.name(), c.dimension().name(), r.getRating(), a.evidence(r)));
      }
    } else {
      a.ratingsByCriterion()
          .forEach((c, v) -> ratings.add(new RatingView(c.name(), c.dimension().name(), v, null)));
    }
    return new AssessmentView(
        a.getId(),
        new Ref(person.id(), person.fullName()),
        person.employeeNumber(),
        person.position(),
        a.getAssessedAt(),
        a.getAssessedBy(),
        a.isCurrent(),
        a.getSupersededAt(),
        scores(a.scores(), a.getScore()),
        a.isCore(),
        a.getModelVersion(),
        ratings,
        withEvidence ? a.note() : null);
  }

  private static RegistryEntry entry(RegistryRow r) {
    Assessment a = r.assessment();
    return new RegistryEntry(
        new Ref(a.getEmployeeId(), r.fullName()),
        r.employeeNumber(),
        r.orgUnitId() == null ? null : new Ref(r.orgUnitId(), r.orgUnitName()),
        r.positionTitle(),
        scores(a.scores(), a.getScore()),
        a.isCore(),
        a.getAssessedAt());
  }
}
