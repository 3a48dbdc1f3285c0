package io.linchpin.screening.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.people.application.AccessService;
import io.linchpin.people.application.AttachmentService;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.people.application.PersonRef;
import io.linchpin.people.application.Ref;
import io.linchpin.screening.application.ConsentService;
import io.linchpin.screening.domain.CheckPurpose;
import io.linchpin.screening.domain.Consent;
import io.linchpin.screening.domain.ConsentStatus;
import io.linchpin.screening.domain.DataCategory;
import io.linchpin.screening.domain.NecessityStatements;
import io.linchpin.screening.domain.ScreeningRepository;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.ConflictException;
import io.linchpin.shared.EmployeeId;
import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.InputValidator;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.NotFoundException;
import io.linchpin.shared.Roles;
import io.linchpin.shared.SignedInCaller;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The consent ledger; see {@link ConsentService}. */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
public class DefaultConsentService implements ConsentService {

  static final String OBJECT = "consent";

  @Inject ScreeningRepository screening;
  @Inject InputValidator validator;
  @Inject SignedInCaller caller;
  @Inject Retention retention;
  @EJB EmployeeService employees;
  @EJB AccessService access;
  @EJB AttachmentService attachments;
  @EJB AuditLog audit;
  @Resource SessionContext session;

  private final Clock clock = Clock.systemDefaultZone();

  @Override
  public List<ConsentView> consents(long employeeId) {
    PersonRef person = employees.person(EmployeeId.of(employeeId));
    LocalDate today = LocalDate.now(clock);
    return screening.consents(employeeId).stream()
        .map(c -> ScreeningViews.view(c, ScreeningViews.ref(person), today))
        .toList();
  }

  @Override
  public ConsentView request(long employeeId, RequestConsent r) {
    if (r == null) {
      throw new InvalidInputException("body", "is required");
    }
    validator.validate(r);
    access.refuseOwnRecord(employeeId, "employeeId", "request consent");
    PersonRef person = living(employeeId);
    Terms terms = terms(r.category(), r.purpose(), r.statement(), r.validFrom(), r.validUntil());
    ensureNoneOpen(employeeId, terms);
    Consent c =
        Consent.request(
            employeeId,
            terms.category(),
            terms.purpose(),
            terms.statement(),
            terms.from(),
            terms.until(),
            username(),
            clock.instant());
    screening.add(c);
    audit.record(AuditOperation.CONSENT, OBJECT, c.getId().toString(), fields(c), "requested");
    return ScreeningViews.view(c, ScreeningViews.ref(person), LocalDate.now(clock));
  }

  @Override
  public ConsentView recordSignedForm(long employeeId, RecordSignedForm f) {
    if (f == null) {
      throw new InvalidInputException("body", "is required");
    }
    validator.validate(f);
    access.refuseOwnRecord(employeeId, "employeeId", "record a consent form");
    PersonRef person = living(employeeId);
    Terms terms = terms(f.category(), f.purpose(), f.statement(), f.validFrom(), f.validUntil());
    boolean theirs =
        attachments.list(EmployeeId.of(employeeId)).stream()
            .anyMatch(a -> a.id().equals(f.attachmentId()));
    if (!theirs) {
      throw new InvalidInputException(
          "attachmentId", "names no file of this person; upload the signed form to them first");
    }
    ensureNoneOpen(employeeId, terms);
    Consent c =
        Consent.signedForm(
            employeeId,
            terms.category(),
            terms.purpose(),
            terms.statement(),
            terms.from(),
            terms.until(),
            f.attachmentId(),
            username(),
            clock.instant());
    screening.add(c);
    audit.record(
        AuditOperation.CONSENT, OBJECT, c.getId().toString(), fields(c), "signed form recorded");
    return ScreeningViews.view(c, ScreeningViews.ref(person), LocalDate.now(clock));
  }

  @Override
  @RolesAllowed({
    Roles.HR_ADMIN,
    Roles.HR_BP,
    Roles.LEGAL,
    Roles.LINE_MANAGER,
    Roles.BUSINESS_HEAD,
    Roles.IT_ADMIN,
    Roles.AUDITOR,
    Roles.EMPLOYEE
  })
  public List<ConsentView> mine() {
    Ref me = access.requireSelf();
    LocalDate today = LocalDate.now(clock);
    return screening.consents(me.id()).stream()
        .map(c -> ScreeningViews.view(c, me, today))
        .toList();
  }

  @Override
  @RolesAllowed({
    Roles.HR_ADMIN,
    Roles.HR_BP,
    Roles.LEGAL,
    Roles.LINE_MANAGER,
    Roles.BUSINESS_HEAD,
    Roles.IT_ADMIN,
    Roles.AUDITOR,
    Roles.EMPLOYEE
  })
  public ConsentView answer(long consentId, boolean give) {
    Ref me = access.requireSelf();
    Consent c =
        screening
            .consent(consentId)
            .filter(x -> x.getEmployeeId() == me.id())
            .orElseThrow(() -> new NotFoundException("Consent", consentId));
    SignedInCaller.Account account =
        caller
            .account()
            .orElseThrow(() -> new ConflictException("account", "answer signed in as yourself"));
    String identity = account.issuer() + "|" + account.subject();
    if (give) {
      c.give(identity, clock.instant());
    } else {
      c.refuse(identity, clock.instant());
    }
    audit.record(
        AuditOperation.CONSENT,
        OBJECT,
        c.getId().toString(),
        fields(c),
        give ? "given by the employee" : "refused by the employee");
    return ScreeningViews.view(c, me, LocalDate.now(clock));
  }

  @Override
  @RolesAllowed({
    Roles.HR_ADMIN,
    Roles.HR_BP,
    Roles.LEGAL,
    Roles.LINE_MANAGER,
    Roles.BUSINESS_HEAD,
    Roles.IT_ADMIN,
    Roles.AUDITOR,
    Roles.EMPLOYEE
  })
  public ConsentView withdraw(long consentId, String reason) {
    if (reason != null && reason.length() > 500) {
      throw new InvalidInputException("reason", "must be at most 500 characters");
    }
    Consent c =
        screening.consent(consentId).orElseThrow(() -> new NotFoundException("Consent", consentId));
    Ref me = access.self().orElse(null);
    Ref employee;
    String purpose;
    if (me != null && me.id() == c.getEmployeeId()) {
      employee = me;
      purpose = "withdrawn by the employee";
    } else if (session.isCallerInRole(Roles.HR_ADMIN)) {
      employee = ScreeningViews.ref(employees.person(EmployeeId.of(c.getEmployeeId())));
      if (reason == null || reason.isBlank()) {
        throw new InvalidInputException(
            "reason", "is required when HR withdraws a consent on the employee's instruction");
      }
      purpose = "withdrawn by HR on the employee's instruction";
    } else {
      throw new NotFoundException("Consent", consentId);
    }
    c.withdraw(
        username(), reason == null || reason.isBlank() ? null : reason.strip(), clock.instant());
    int deleted = screening.deleteFindingsOf(List.of(c.getId()));
    audit.record(
        AuditOperation.CONSENT,
        OBJECT,
        c.getId().toString(),
        fields(c),
        purpose + "; " + deleted + " finding(s) deleted");
    return ScreeningViews.view(c, employee, LocalDate.now(clock));
  }

  /** A consent's checked terms. */
  private record Terms(
      DataCategory category,
      CheckPurpose purpose,
      String statement,
      LocalDate from,
      LocalDate until) {}

  private Terms terms(
      String category, String purpose, String statement, LocalDate from, LocalDate until) {
    List<FieldViolation> problems = new ArrayList<>();
    DataCategory c = DataCategory.parse(category).orElse(null);
    if (c == null) {
      problems.add(
          new FieldViolation(
              "category", "must be one of " + java.util.Arrays.toString(DataCategory.values())));
    }
    CheckPurpose p = CheckPurpose.parse(purpose).orElse(null);
    if (p == null) {
      problems.add(
          new FieldViolation(
              "purpose", "must be one of " + java.util.Arrays.toString(CheckPurpose.values())));
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate start = from == null ? today : from;
    if (start.isBefore(today)) {
      problems.add(new FieldViolation("validFrom", "may not lie in the past"));
    }
    LocalDate end = until == null ? start.plusMonths(Consent.DEFAULT_VALIDITY_MONTHS) : until;
    if (!end.isAfter(start)) {
      problems.add(new FieldViolation("validUntil", "must come after validFrom"));
    } else if (end.isAfter(start.plusMonths(Consent.MAX_VALIDITY_MONTHS))) {
      problems.add(
          new FieldViolation(
              "validUntil",
              "may be at most " + Consent.MAX_VALIDITY_MONTHS + " months after validFrom"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String text =
        statement == null || statement.isBlank()
            ? NecessityStatements.standard(c, p, retention.days(c))
            : statement.strip();
    return new Terms(c, p, text, start, end);
  }

  private void ensureNoneOpen(long employeeId, Terms terms) {
    LocalDate today = LocalDate.now(clock);
    for (Consent existing : screening.consents(employeeId, terms.category(), terms.purpose())) {
      ConsentStatus s = existing.statusOn(today);
      if (s == ConsentStatus.REQUESTED || s == ConsentStatus.ACTIVE) {
        throw new ConflictException(
            "category",
            "consent "
                + existing.getId()
                + " for "
                + terms.category()
                + " / "
                + terms.purpose()
                + " is "
                + s
                + " already");
      }
    }
  }

  private PersonRef living(long employeeId) {
    PersonRef person = employees.person(EmployeeId.of(employeeId));
    if (person.erased()) {
      throw new ConflictException("employeeId", "the person's data has been erased");
    }
    return person;
  }

  private String username() {
    return session.getCallerPrincipal().getName();
  }

  private static List<String> fields(Consent c) {
    return List.of(c.getCategory().name(), c.getPurpose().name());
  }
}
