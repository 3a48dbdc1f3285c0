package io.linchpin.casework.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.audit.domain.AuditOperation;
import io.linchpin.casework.application.CaseQuery;
import io.linchpin.casework.application.CaseService;
import io.linchpin.casework.application.CaseSummary;
import io.linchpin.casework.application.CaseView;
import io.linchpin.casework.application.OpenCase;
import io.linchpin.casework.domain.CaseCriteria;
import io.linchpin.casework.domain.CaseEvent;
import io.linchpin.casework.domain.CaseEventKind;
import io.linchpin.casework.domain.CaseFile;
import io.linchpin.casework.domain.CaseOrigin;
import io.linchpin.casework.domain.CaseRepository;
import io.linchpin.casework.domain.CaseSla;
import io.linchpin.casework.domain.CaseStatus;
import io.linchpin.casework.domain.CaseType;
import io.linchpin.casework.domain.Confidentiality;
import io.linchpin.casework.domain.FormField;
import io.linchpin.casework.domain.Playbooks;
import io.linchpin.casework.domain.Severity;
import io.linchpin.casework.domain.Workflow;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.people.application.PersonRef;
import io.linchpin.people.domain.EmployeeId;
import io.linchpin.shared.ConflictException;
import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.NotFoundException;
import io.linchpin.shared.Page;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Opens cases and starts their playbooks in one transaction, lists and shows them within the
 * caller's reach, and audits every read of their sensitive text with the case as purpose.
 */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.LEGAL, Roles.BUSINESS_HEAD, Roles.LINE_MANAGER})
public class DefaultCaseService implements CaseService {

  static final String OBJECT = "case";
  static final List<String> SENSITIVE = List.of("summary", "outcome", "timeline");

  /** SLA used for a timed step that has none configured. */
  static final Duration DEFAULT_SLA = Duration.ofHours(24);

  private static final String REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  @Inject CaseRepository cases;
  @Inject Workflow workflow;
  @EJB CaseAccess access;
  @Inject CaseViewer viewer;
  @EJB EmployeeService employees;
  @EJB AuditLog audit;

  private final Clock clock = Clock.systemUTC();
  private final SecureRandom random = new SecureRandom();

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public CaseView open(OpenCase intake) {
    if (intake == null) {
      throw new InvalidInputException("body", "is required");
    }
    List<FieldViolation> violations = new ArrayList<>();
    CaseType type = parse(CaseType.class, "type", intake.type(), null, true, violations);
    Severity severity =
        parse(Severity.class, "severity", intake.severity(), Severity.MEDIUM, false, violations);
    Confidentiality confidentiality =
        parse(
            Confidentiality.class,
            "confidentiality",
            intake.confidentiality(),
            Confidentiality.NORMAL,
            false,
            violations);
    if (intake.employeeId() == null) {
      violations.add(new FieldViolation("employeeId", "is required"));
    }
    if (intake.summary() == null || intake.summary().isBlank()) {
      violations.add(new FieldViolation("summary", "say in a few words what happened"));
    } else if (intake.summary().length() > FormField.MAX_TEXT) {
      violations.add(
          new FieldViolation("summary", "must be at most " + FormField.MAX_TEXT + " characters"));
    }
    if (type != null && !workflow.hasPlaybook(type)) {
      violations.add(new FieldViolation("type", "no playbook is deployed for " + type));
    }
    PersonRef person = null;
    if (intake.employeeId() != null) {
      try {
        person = employees.person(EmployeeId.of(intake.employeeId()));
      } catch (NotFoundException e) {
        violations.add(new FieldViolation("employeeId", "no such employee in your scope"));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    if (person.erased()) {
      throw new ConflictException("employeeId", "the person's data was erased");
    }
    Instant now = clock.instant();
    Map<String, CaseSla> slas =
        cases.slas(type).stream().collect(Collectors.toMap(CaseSla::getStep, Function.identity()));
    Map<String, String> timers = new HashMap<>();
    List<String> timed = new ArrayList<>(Playbooks.timedSteps(type));
    timed.add(CaseSla.WHOLE_CASE);
    for (String step : timed) {
      CaseSla sla =
          slas.getOrDefault(step, new CaseSla(type, step, DEFAULT_SLA, DEFAULT_SLA.dividedBy(4)));
      timers.put("sla_" + step, sla.sla().toString());
      timers.put("remind_" + step, sla.remindAfter().toString());
    }
    Duration caseSla = Duration.parse(timers.get("sla_" + CaseSla.WHOLE_CASE));
    CaseFile c =
        new CaseFile(
            newReference(now),
            type,
            person.id(),
            person.dataSubject(),
            CaseOrigin.MANUAL,
            null,
            severity,
            confidentiality,
            intake.summary().strip(),
            now,
            access.caller(),
            now.plus(caseSla));
    cases.add(c);
    cases.addParty(c.getId(), access.caller(), now);
    cases.addEvent(new CaseEvent(c, now, access.caller(), CaseEventKind.OPENED, null, null, null));
    c.startedAs(workflow.start(type, c.getId(), c.getReference(), timers));
    audit.record(AuditOperation.CREATE, OBJECT, c.getId().toString(), SENSITIVE, c.getReference());
    return viewer.view(c, person.fullName(), true);
  }

  @Override
  public CaseView get(long id) {
    CaseFile c = visible(id);
    boolean details = access.canReadDetails(c);
    if (details) {
      audit.recordNow(
          AuditOperation.READ_SENSITIVE,
          OBJECT,
          Long.toString(id),
          SENSITIVE,
          c.getReference(),
          "OK");
    }
    return viewer.view(c, viewer.name(c), details);
  }

  @Override
  public Page<CaseSummary> search(CaseQuery query) {
    List<FieldViolation> violations = new ArrayList<>();
    CaseStatus status = parse(CaseStatus.class, "status", query.status(), null, false, violations);
    CaseType type = parse(CaseType.class, "type", query.type(), null, false, violations);
    if (query.page() < 0) {
      violations.add(new FieldViolation("page", "must be 0 or more"));
    }
    if (query.size() < 1 || query.size() > 500) {
      violations.add(new FieldViolation("size", "must be between 1 and 500"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    CaseCriteria criteria = access.criteria(status, type, query.employeeId());
    List<CaseFile> page = cases.search(criteria, query.page() * query.size(), query.size());
    Map<Long, String> names = viewer.names(page);
    return new Page<>(
        page.stream().map(c -> CaseViews.summary(c, names.get(c.getEmployeeId()))).toList(),
        cases.count(criteria),
        query.page(),
        query.size());
  }

  @Override
  public CaseView addNote(long id, String text) {
    CaseFile c = visible(id);
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("text", "is required");
    }
    if (text.length() > FormField.MAX_TEXT) {
      throw new InvalidInputException(
          "text", "must be at most " + FormField.MAX_TEXT + " characters");
    }
    Instant now = clock.instant();
    cases.addEvent(
        new CaseEvent(c, now, access.caller(), CaseEventKind.NOTE, null, null, text.strip()));
    cases.addParty(c.getId(), access.caller(), now);
    audit.record(
        AuditOperation.UPDATE, OBJECT, Long.toString(id), List.of("timeline"), c.getReference());
    return viewer.view(c, viewer.name(c), access.canReadDetails(c));
  }

  /** The case if the caller may see it; otherwise reported, and audited, as not found. */
  CaseFile visible(long id) {
    CaseFile c = cases.find(id).orElseThrow(() -> new NotFoundException("Case", id));
    if (!access.canSee(c)) {
      audit.recordNow(
          AuditOperation.DENIED, OBJECT, Long.toString(id), List.of(), null, "OUT_OF_SCOPE");
      throw new NotFoundException("Case", id);
    }
    return c;
  }

  private String newReference(Instant now) {
    int year = now.atZone(ZoneId.systemDefault()).getYear();
    while (true) {
      StringBuilder ref = new StringBuilder("C").append(year).append('-');
      for (int i = 0; i < 6; i++) {
        ref.append(REFERENCE_ALPHABET.charAt(random.nextInt(REFERENCE_ALPHABET.length())));
      }
      if (!cases.referenceTaken(ref.toString())) {
        return ref.toString();
      }
    }
  }

  /** An enum value by name (any case, dashes for underscores); blank gives the fallback. */
  static <E extends Enum<E>> E parse(
      Class<E> type,
      String field,
      String value,
      E fallback,
      boolean required,
      List<FieldViolation> violations) {
    if (value == null || value.isBlank()) {
      if (required) {
        violations.add(new FieldViolation(field, "is required"));
      }
      return fallback;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      violations.add(
          new FieldViolation(
              field,
              "must be one of "
                  + Arrays.stream(type.getEnumConstants())
                      .map(Enum::name)
                      .collect(Collectors.joining(", "))));
      return null;
    }
  }
}
