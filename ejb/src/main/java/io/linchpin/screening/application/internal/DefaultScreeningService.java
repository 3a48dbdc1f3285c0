package io.linchpin.screening.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.audit.domain.AuditOperation;
import io.linchpin.people.application.EmployeeDetails;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.people.application.PersonRef;
import io.linchpin.people.application.Ref;
import io.linchpin.people.domain.EmployeeId;
import io.linchpin.screening.application.ConsentRequiredException;
import io.linchpin.screening.application.ScreeningService;
import io.linchpin.screening.domain.CheckOutcome;
import io.linchpin.screening.domain.CheckPurpose;
import io.linchpin.screening.domain.Consent;
import io.linchpin.screening.domain.DataCategory;
import io.linchpin.screening.domain.ExternalCheck;
import io.linchpin.screening.domain.ExternalSources;
import io.linchpin.screening.domain.ExternalSources.SourceRecord;
import io.linchpin.screening.domain.Finding;
import io.linchpin.screening.domain.ScreeningRepository;
import io.linchpin.shared.ConflictException;
import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.Roles;
import io.linchpin.shared.UnavailableException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** External checks under consent; see {@link ScreeningService}. */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
public class DefaultScreeningService implements ScreeningService {

  static final String FINDING = "screening-finding";

  @Inject ScreeningRepository screening;
  @Inject ExternalSources sources;
  @Inject FindingKeeper keeper;
  @EJB CheckJournal journal;
  @EJB EmployeeService employees;
  @EJB AuditLog audit;
  @Resource SessionContext session;

  private final Clock clock = Clock.systemDefaultZone();

  @Override
  public CheckView check(long employeeId, String category, String purpose, String source) {
    PersonRef person = employees.person(EmployeeId.of(employeeId));
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
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (person.erased()) {
      throw new ConflictException("employeeId", "the person's data has been erased");
    }
    LocalDate today = LocalDate.now(clock);
    Optional<Consent> consent =
        screening.consents(employeeId, c, p).stream().filter(x -> x.allowsOn(today)).findFirst();
    String by = session.getCallerPrincipal().getName();
    if (consent.isEmpty()) {
      String why =
          "no valid consent of the person to "
              + c
              + " for "
              + p
              + " checks; ask for it (or record their signed form) first";
      long id =
          journal.keep(
              new ExternalCheck(
                  employeeId,
                  c,
                  p,
                  null,
                  null,
                  by,
                  clock.instant(),
                  CheckOutcome.REFUSED,
                  0,
                  0,
                  why));
      audit.recordNow(
          AuditOperation.EXTERNAL_CHECK,
          "employee",
          Long.toString(employeeId),
          List.of(c.name()),
          p.name() + " check " + id,
          "DENIED");
      throw new ConsentRequiredException(why);
    }
    String chosen =
        sources
            .sourceFor(c, source)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "source",
                        source == null || source.isBlank()
                            ? "no configured source answers " + c
                            : "source " + source + " is not configured or does not answer " + c));
    EmployeeDetails details = employees.get(EmployeeId.of(employeeId), p.name() + " check of " + c);
    if (details.nationalId() == null || details.nationalId().isBlank()) {
      throw new ConflictException(
          "nationalId", "the person has no national ID on record; sources key on it");
    }
    List<SourceRecord> records;
    try {
      records = sources.lookup(chosen, details.nationalId(), details.fullName(), c);
      for (SourceRecord r : records) {
        String problem = FindingKeeper.problem(r);
        if (problem != null) {
          throw new IllegalArgumentException("a malformed record (" + problem + ")");
        }
      }
    } catch (ExternalSources.SourceUnavailableException | IllegalArgumentException e) {
      String why = "source " + chosen + " could not answer: " + e.getMessage();
      long id =
          journal.keep(
              new ExternalCheck(
                  employeeId,
                  c,
                  p,
                  chosen,
                  consent.get().getId(),
                  by,
                  clock.instant(),
                  CheckOutcome.FAILED,
                  0,
                  0,
                  why));
      audit.recordNow(
          AuditOperation.EXTERNAL_CHECK,
          "employee",
          Long.toString(employeeId),
          List.of(c.name()),
          p.name() + " check " + id,
          "FAILED");
      throw new UnavailableException(why + "; nothing was kept, try again later");
    }
    ExternalCheck check =
        new ExternalCheck(
            employeeId,
            c,
            p,
            chosen,
            consent.get().getId(),
            by,
            clock.instant(),
            CheckOutcome.DONE,
            records.size(),
            0,
            null);
    screening.add(check);
    int added =
        keeper.keep(
            employeeId, person.dataSubject(), c, chosen, consent.get(), check.getId(), records);
    check.counted(records.size(), added);
    audit.record(
        AuditOperation.EXTERNAL_CHECK,
        "employee",
        Long.toString(employeeId),
        List.of(c.name()),
        p.name() + " check " + check.getId() + " under consent " + consent.get().getId());
    return ScreeningViews.view(check, ScreeningViews.ref(person));
  }

  @Override
  public List<CheckView> checks(long employeeId) {
    PersonRef person = employees.person(EmployeeId.of(employeeId));
    Ref ref = ScreeningViews.ref(person);
    return screening.checks(employeeId, 200).stream()
        .map(c -> ScreeningViews.view(c, ref))
        .toList();
  }

  @Override
  public List<FindingView> findings(long employeeId, String purpose) {
    employees.person(EmployeeId.of(employeeId));
    List<Finding> found = screening.findings(employeeId);
    if (!found.isEmpty()) {
      audit.recordNow(
          AuditOperation.READ_SENSITIVE,
          FINDING,
          "employee:" + employeeId,
          List.of("details"),
          purpose,
          "OK");
    }
    List<FindingView> views = new ArrayList<>();
    for (Finding f : found) {
      String json = f.details();
      if (json == null) {
        continue;
      }
      JsonObject d;
      try (JsonReader reader = Json.createReader(new StringReader(json))) {
        d = reader.readObject();
      }
      views.add(
          new FindingView(
              f.getId(),
              f.getCategory().name(),
              f.getProvider(),
              d.getString("kind"),
              d.getString("reference"),
              f.getOccurredOn(),
              d.containsKey("amount") ? d.getJsonNumber("amount").bigDecimalValue() : null,
              d.getString("summary", null),
              f.getConsentId(),
              f.getReceivedAt(),
              f.getRetainUntil()));
    }
    return views;
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public int sweepExpired() {
    int deleted = screening.deleteFindingsRetainedUntilBefore(LocalDate.now(clock));
    if (deleted > 0) {
      audit.record(
          AuditOperation.ERASE,
          FINDING,
          "retention",
          List.of("details"),
          deleted + " finding(s) past their retention deleted");
    }
    return deleted;
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.IT_ADMIN})
  public List<DropView> drops() {
    return screening.drops(100).stream()
        .map(
            d ->
                new DropView(
                    d.getId(),
                    d.getFileName(),
                    d.getReceivedAt(),
                    d.getStatus().name(),
                    d.getRows(),
                    d.getMatched(),
                    d.getKept(),
                    d.getWithoutConsent(),
                    d.getUnknown(),
                    d.getReport()))
        .toList();
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.IT_ADMIN})
  public List<SourceView> sources() {
    return sources.status().stream()
        .map(
            s ->
                new SourceView(
                    s.id(),
                    s.description(),
                    s.categories().stream()
                        .map(Enum::name)
                        .collect(Collectors.toCollection(java.util.TreeSet::new)),
                    s.up(),
                    s.detail()))
        .toList();
  }
}
