package io.linchpin.monitoring.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.monitoring.application.SignalService;
import io.linchpin.monitoring.domain.SignalEntry;
import io.linchpin.monitoring.domain.SignalFile;
import io.linchpin.monitoring.domain.SignalRepository;
import io.linchpin.monitoring.domain.SignalValue;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.people.application.ImportService;
import io.linchpin.people.application.ImportView;
import io.linchpin.people.application.PersonRef;
import io.linchpin.people.application.SubmitImport;
import io.linchpin.people.domain.imports.ImportKind;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.ConflictException;
import io.linchpin.shared.EmployeeId;
import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.Roles;
import io.linchpin.shared.tabular.TabularFile;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Signals through the API; see {@link SignalService}. */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
public class DefaultSignalService implements SignalService {

  static final int MAX_VALUES = 1000;

  @Inject SignalRepository signals;
  @Inject SignalWriter writer;
  @EJB EmployeeService employees;
  @EJB ImportService imports;
  @EJB AuditLog audit;
  @Resource SessionContext session;

  private final Clock clock = Clock.systemDefaultZone();

  @Override
  public List<SignalView> signals(long employeeId, String from, String to) {
    employees.person(EmployeeId.of(employeeId));
    YearMonth current = YearMonth.now(clock);
    List<FieldViolation> problems = new ArrayList<>();
    YearMonth start =
        from == null || from.isBlank() ? current.minusMonths(23) : SignalEntry.month(from);
    YearMonth end = to == null || to.isBlank() ? current : SignalEntry.month(to);
    if (start == null) {
      problems.add(new FieldViolation("from", "must be a month like 2026-01"));
    }
    if (end == null) {
      problems.add(new FieldViolation("to", "must be a month like 2026-11"));
    }
    if (start != null && end != null && start.isAfter(end)) {
      problems.add(new FieldViolation("from", "must not come after to"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<SignalValue> found = signals.values(employeeId, start, end);
    if (!found.isEmpty()) {
      // A person's trips, expenses and hours are as sensitive as their salary: each read is on
      // record.
      audit.recordNow(
          AuditOperation.READ_SENSITIVE,
          "employee",
          Long.toString(employeeId),
          List.of("signals:" + start + ".." + end),
          null,
          "ALLOWED");
    }
    return found.stream()
        .map(
            v ->
                new SignalView(
                    v.getSeries().name(),
                    v.getMonth().toString(),
                    v.getValue(),
                    v.getSeries().unit(),
                    v.getRecordedAt(),
                    v.getRecordedBy()))
        .toList();
  }

  @Override
  public Recorded record(long employeeId, List<SignalInput> values) {
    PersonRef person = employees.person(EmployeeId.of(employeeId));
    if (person.erased()) {
      throw new ConflictException("employeeId", "the person's data has been erased");
    }
    if (values == null || values.isEmpty()) {
      throw new InvalidInputException("values", "must hold at least one value");
    }
    if (values.size() > MAX_VALUES) {
      throw new InvalidInputException(
          "values", "at most " + MAX_VALUES + " values at once; import larger sets");
    }
    YearMonth current = YearMonth.now(clock);
    List<FieldViolation> problems = new ArrayList<>();
    List<SignalWriter.PersonEntry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      SignalInput in = values.get(i);
      String path = "values[" + i + "].";
      if (in == null) {
        problems.add(new FieldViolation("values[" + i + "]", "is required"));
        continue;
      }
      List<String> p = SignalEntry.problems(in.series(), in.period(), in.value(), current);
      for (String problem : p) {
        int colon = problem.indexOf(':');
        problems.add(
            new FieldViolation(path + problem.substring(0, colon), problem.substring(colon + 2)));
      }
      if (p.isEmpty()) {
        SignalEntry e = SignalEntry.of(in.series(), in.period(), in.value());
        if (!seen.add(e.series() + "/" + e.month())) {
          problems.add(
              new FieldViolation(path + "period", e.series() + " " + e.month() + " appears twice"));
        } else {
          entries.add(new SignalWriter.PersonEntry(employeeId, e));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Recorded r = writer.write(entries, session.getCallerPrincipal().getName());
    audit.record(
        AuditOperation.UPDATE,
        "signals",
        Long.toString(employeeId),
        entries.stream().map(e -> e.entry().series().name()).distinct().sorted().toList(),
        null);
    return r;
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public ImportView importSignals(String fileName, byte[] content) {
    return imports.submit(
        new SubmitImport(
            ImportKind.SIGNALS,
            fileName == null || fileName.isBlank() ? "upload" : fileName,
            content,
            null));
  }

  @Override
  public byte[] importTemplate(String language) {
    boolean english = language != null && language.toLowerCase(Locale.ROOT).startsWith("en");
    return TabularFile.csvHeader(SignalFile.templateHeader(!english));
  }
}
