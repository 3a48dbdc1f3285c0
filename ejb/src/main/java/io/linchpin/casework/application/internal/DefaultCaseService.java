package io.linchpin.casework.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.casework.application.CaseQuery;
import io.linchpin.casework.application.CaseService;
import io.linchpin.casework.application.CaseSummary;
import io.linchpin.casework.application.CaseView;
import io.linchpin.casework.application.OpenCase;
import io.linchpin.casework.domain.CaseCriteria;
import io.linchpin.casework.domain.CaseEvent;
import io.linchpin.casework.domain.CaseEventKind;
import io.linchpin.casework.domain.CaseFile;
import io.linchpin.casework.domain.CaseRepository;
import io.linchpin.casework.domain.CaseStatus;
import io.linchpin.casework.domain.CaseType;
import io.linchpin.casework.domain.Confidentiality;
import io.linchpin.casework.domain.FormField;
import io.linchpin.casework.domain.Severity;
import io.linchpin.casework.domain.Workflow;
import io.linchpin.people.application.AccessService;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.people.application.PersonRef;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.ConflictException;
import io.linchpin.shared.EmployeeId;
import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.NotFoundException;
import io.linchpin.shared.Page;
import io.linchpin.shared.Paging;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  @Inject CaseRepository cases;
  @Inject Workflow workflow;
  @EJB CaseAccess access;
  @Inject CaseViewer viewer;
  @Inject CaseOpening opening;
  @EJB EmployeeService employees;
  @EJB AccessService self;
  @EJB AuditLog audit;

  private final Clock clock = Clock.systemUTC();

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public CaseView open(OpenCase intake) {
    return open(intake, null);
  }

  @Override
  public CaseView openFromAlert(OpenCase intake, String alertRef) {
    if (alertRef == null || alertRef.isBlank() || alertRef.length() > 64) {
      throw new InvalidInputException("alertRef", "names the alert, at most 64 characters");
    }
    return open(intake, alertRef);
  }

  private CaseView open(OpenCase intake, String alertRef) {
    if (intake == null) {
      throw new InvalidInputException("body", "is required");
    }
    if (intake.employeeId() != null) {
      self.refuseOwnRecord(intake.employeeId(), "employeeId", "open a case");
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
    CaseFile c =
        opening.open(
            type,
            person.id(),
            person.dataSubject(),
            severity,
            confidentiality,
            intake.summary().strip(),
            alertRef,
            access.caller(),
            access.me(),
            clock.instant());
    audit.record(AuditOperation.CREATE, OBJECT, c.getId().toString(), SENSITIVE, c.getReference());
    return viewer.view(c, person.fullName(), true);
  }

  @Override
  public CaseView get(long id) {
    CaseFile c = access.visibleCase(id);
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
    List<CaseFile> page =
        cases.search(criteria, Paging.offset(query.page(), query.size()), query.size());
    Map<Long, String> names = viewer.names(page);
    return new Page<>(
        page.stream().map(c -> CaseViews.summary(c, names.get(c.getEmployeeId()))).toList(),
        cases.count(criteria),
        query.page(),
        query.size());
  }

  @Override
  public CaseView addNote(long id, String text) {
    CaseFile c = access.visibleCase(id);
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
    audit.record(
        AuditOperation.UPDATE, OBJECT, Long.toString(id), List.of("timeline"), c.getReference());
    return viewer.view(c, viewer.name(c), access.canReadDetails(c));
  }

  /** A case type named by a caller (path or query), refused with every rule on {@code caseType}. */
  static CaseType caseType(String caseType) {
    List<FieldViolation> violations = new ArrayList<>();
    CaseType type = parse(CaseType.class, "caseType", caseType, null, true, violations);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return type;
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
