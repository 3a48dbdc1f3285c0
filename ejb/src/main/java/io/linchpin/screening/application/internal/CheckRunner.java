package io.linchpin.screening.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.people.application.EmployeeDetails;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.people.application.PersonRef;
import io.linchpin.screening.application.ConsentRequiredException;
import io.linchpin.screening.application.ScreeningService.CheckView;
import io.linchpin.screening.domain.CheckOutcome;
import io.linchpin.screening.domain.CheckPurpose;
import io.linchpin.screening.domain.Consent;
import io.linchpin.screening.domain.DataCategory;
import io.linchpin.screening.domain.ExternalCheck;
import io.linchpin.screening.domain.ExternalSources;
import io.linchpin.screening.domain.ExternalSources.SourceRecord;
import io.linchpin.screening.domain.ScreeningRepository;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.ConflictException;
import io.linchpin.shared.EmployeeId;
import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.UnavailableException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One external check, whoever asks for it (HR, or the schedule of in-service checks), in the
 * caller's transaction: the person in the caller's reach, a valid consent for the category and
 * purpose (refused and on record otherwise), the source's answer checked record by record, what is
 * new kept. A refusal or failure is kept on record in a transaction of its own before it is thrown.
 */
@ApplicationScoped
public class CheckRunner {

  @Inject ScreeningRepository screening;
  @Inject ExternalSources sources;
  @Inject FindingKeeper keeper;
  @EJB CheckJournal journal;
  @EJB EmployeeService employees;
  @EJB AuditLog audit;

  private final Clock clock = Clock.systemDefaultZone();

  public CheckView run(long employeeId, String category, String purpose, String source, String by) {

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
    String phase = CheckPurpose.problem(p, details.hireDate(), today);
    if (phase != null) {
      throw new ConflictException("purpose", phase);
    }
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
}
