package io.linchpin.monitoring.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.monitoring.application.SignalService.Recorded;
import io.linchpin.monitoring.domain.SignalEntry;
import io.linchpin.monitoring.domain.SignalFile;
import io.linchpin.people.domain.Employee;
import io.linchpin.people.domain.EmployeeRepository;
import io.linchpin.people.domain.imports.ImportJob;
import io.linchpin.people.domain.imports.ImportRepository;
import io.linchpin.people.domain.imports.RowProblem;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.tabular.SourceRow;
import io.linchpin.shared.tabular.TabularFile;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports a file of signals, all or nothing: every row checked (the person exists and is not
 * erased, the month is real and not in the future, each value fits its series, no person and month
 * twice), and only a file without a single problem is written, in one transaction. Runs inside the
 * import's batch job, on behalf of the HR admin who submitted it.
 */
@Stateless
@PermitAll
public class SignalImports {

  @Inject ImportRepository imports;
  @Inject EmployeeRepository employees;
  @Inject SignalWriter writer;
  @EJB AuditLog audit;

  private final Clock clock = Clock.systemDefaultZone();

  private record Reading(
      List<SignalWriter.PersonEntry> entries, int rows, List<RowProblem> problems) {}

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean validate(long importId) {
    ImportJob job = job(importId);
    job.validating();
    Reading r = read(job);
    imports.clearErrors(importId);
    if (!r.problems().isEmpty()) {
      reject(job, r);
      return false;
    }
    job.importing(r.rows());
    return true;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean write(long importId) {
    ImportJob job = job(importId);
    Reading r = read(job);
    if (!r.problems().isEmpty()) {
      reject(job, r);
      return false;
    }
    Recorded done = writer.write(r.entries(), job.getSubmittedBy());
    job.progressed(r.rows(), done.created(), done.updated(), done.unchanged());
    imports.touched(
        importId,
        r.entries().stream().map(SignalWriter.PersonEntry::employeeId).toList(),
        List.of());
    audit.recordFor(
        job.getSubmittedBy(),
        AuditOperation.IMPORT_WRITE,
        "import",
        Long.toString(importId),
        "signals: " + r.entries().size() + " values");
    return true;
  }

  private void reject(ImportJob job, Reading r) {
    List<RowProblem> problems = new ArrayList<>(r.problems());
    problems.sort(Comparator.comparingInt(RowProblem::line));
    imports.reject(job, r.rows(), problems, clock.instant());
  }

  private Reading read(ImportJob job) {
    List<RowProblem> problems = new ArrayList<>();
    List<SourceRow> rows = new ArrayList<>();
    SignalFile file;
    try (TabularFile.RowSource source = TabularFile.open(imports.content(job.getId()))) {
      file = SignalFile.layout(source.header(), problems).orElse(null);
      if (file == null) {
        return new Reading(List.of(), 0, problems);
      }
      while (source.hasNext()) {
        rows.add(source.next());
      }
    } catch (TabularFile.UnreadableFileException e) {
      problems.add(new RowProblem(1, null, e.getMessage()));
      return new Reading(List.of(), 0, problems);
    }
    if (rows.isEmpty()) {
      problems.add(new RowProblem(1, null, "the file has a header but no data rows"));
      return new Reading(List.of(), 0, problems);
    }
    Set<String> numbers = new HashSet<>();
    rows.forEach(
        row -> {
          String n = file.employeeNumber(row);
          if (n != null) {
            numbers.add(n);
          }
        });
    Map<String, Employee> people = employees.findByNumbers(numbers);
    YearMonth current = YearMonth.now(clock);
    Map<String, Integer> firstLine = new HashMap<>();
    List<SignalWriter.PersonEntry> entries = new ArrayList<>();
    for (SourceRow row : rows) {
      String number = file.employeeNumber(row);
      Employee person = number == null ? null : people.get(number);
      int before = problems.size();
      if (number == null) {
        problems.add(new RowProblem(row.line(), file.employeeHeader(), "is required"));
      } else if (person == null) {
        problems.add(
            new RowProblem(
                row.line(), file.employeeHeader(), "no employee has the number " + number));
      } else if (person.isErased()) {
        problems.add(
            new RowProblem(row.line(), file.employeeHeader(), "the person's data has been erased"));
      }
      List<SignalEntry> values = file.entries(row, current, problems);
      if (person != null && !values.isEmpty()) {
        String key = number + "/" + values.get(0).month();
        Integer first = firstLine.putIfAbsent(key, row.line());
        if (first != null) {
          problems.add(
              new RowProblem(
                  row.line(),
                  null,
                  number
                      + " "
                      + values.get(0).month()
                      + " appears again (first on line "
                      + first
                      + ")"));
        }
      }
      if (problems.size() == before && person != null) {
        values.forEach(v -> entries.add(new SignalWriter.PersonEntry(person.getId(), v)));
      }
    }
    return new Reading(entries, rows.size(), problems);
  }

  private ImportJob job(long importId) {
    return imports
        .find(importId)
        .orElseThrow(() -> new IllegalStateException("import " + importId + " vanished"));
  }
}
