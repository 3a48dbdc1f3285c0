package io.linchpin.corerole.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.corerole.domain.module.ModuleDefinition;
import io.linchpin.corerole.domain.module.ModuleRecord;
import io.linchpin.corerole.domain.module.ModuleRepository;
import io.linchpin.corerole.domain.module.ModuleVersion;
import io.linchpin.corerole.domain.module.RecordFile;
import io.linchpin.corerole.domain.module.RecordValues;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Imports a file of one module collection's records, all or nothing: every row is checked (the
 * person exists and is not erased, a changed record is theirs, every value fits its field, no one
 * goes over the per-person limit), and only a file without a single problem is written, in one
 * transaction. Runs inside the import's batch job, on behalf of the HR admin who submitted it.
 */
@Stateless
@PermitAll
public class RecordImports {

  @Inject ImportRepository imports;
  @Inject ModuleRepository modules;
  @Inject ModuleCatalog catalog;
  @Inject EmployeeRepository employees;
  @EJB AuditLog audit;

  private final Clock clock = Clock.systemUTC();

  /** A row ready to write: a new record (no {@code record}) or the change of one. */
  private record Prepared(
      int line, Employee person, ModuleRecord record, Map<String, Object> values) {}

  /** What a file amounts to: its rows ready to write, or the problems that refuse it. */
  private record Reading(
      ModuleVersion version, String collection, List<Prepared> rows, List<RowProblem> problems) {}

  /** Checks the whole file; true when it may be written. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean validate(long importId) {
    ImportJob job = job(importId);
    job.validating();
    Reading reading = read(job);
    imports.clearErrors(importId);
    if (!reading.problems().isEmpty()) {
      reject(job, reading);
      return false;
    }
    job.importing(reading.rows().size());
    return true;
  }

  /**
   * Writes every row in this one transaction. The file is read and checked again: if the data
   * changed since validation so that a row no longer fits, nothing is written and the import is
   * rejected with the reasons.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean write(long importId) {
    ImportJob job = job(importId);
    Reading reading = read(job);
    if (!reading.problems().isEmpty()) {
      reject(job, reading);
      return false;
    }
    String by = job.getSubmittedBy();
    int version = reading.version().getVersionNo();
    String moduleKey = reading.version().getModuleKey();
    int created = 0;
    int changed = 0;
    int same = 0;
    var now = clock.instant();
    for (Prepared row : reading.rows()) {
      if (row.record() == null) {
        modules.add(
            new ModuleRecord(
                UUID.randomUUID().toString(),
                moduleKey,
                reading.collection(),
                row.person().getId(),
                row.person().subject(),
                version,
                RecordValues.toJson(row.values()),
                now,
                by));
        created++;
      } else if (row.values().equals(RecordValues.fromJson(row.record().values()))) {
        same++;
      } else {
        row.record().change(RecordValues.toJson(row.values()), version, now, by);
        changed++;
      }
    }
    job.progressed(reading.rows().size(), created, changed, same);
    imports.touched(
        importId, reading.rows().stream().map(r -> r.person().getId()).toList(), List.of());
    audit.recordFor(
        by,
        AuditOperation.IMPORT_WRITE,
        "import",
        Long.toString(importId),
        "module-records " + job.getTarget());
    return true;
  }

  private void reject(ImportJob job, Reading reading) {
    List<RowProblem> problems = new ArrayList<>(reading.problems());
    problems.sort(Comparator.comparingInt(RowProblem::line));
    imports.reject(job, reading.rows().size(), problems, clock.instant());
  }

  private Reading read(ImportJob job) {
    List<RowProblem> problems = new ArrayList<>();
    List<Prepared> prepared = new ArrayList<>();
    String target = job.getTarget() == null ? "" : job.getTarget();
    int slash = target.indexOf('/');
    String moduleKey = slash < 0 ? target : target.substring(0, slash);
    String collectionKey = slash < 0 ? "" : target.substring(slash + 1);
    Optional<ModuleVersion> version = modules.current(moduleKey);
    ModuleDefinition.Collection collection =
        version.flatMap(v -> catalog.definition(v).collection(collectionKey)).orElse(null);
    if (collection == null) {
      problems.add(
          new RowProblem(
              1,
              null,
              "module " + moduleKey + " has no collection " + collectionKey + " (any more)"));
      return new Reading(null, collectionKey, prepared, problems);
    }
    List<SourceRow> rows = new ArrayList<>();
    RecordFile file;
    try (TabularFile.RowSource source = TabularFile.open(imports.content(job.getId()))) {
      file = RecordFile.layout(collection, source.header(), problems).orElse(null);
      if (file == null) {
        return new Reading(version.get(), collectionKey, prepared, problems);
      }
      while (source.hasNext()) {
        rows.add(source.next());
      }
    } catch (TabularFile.UnreadableFileException e) {
      problems.add(new RowProblem(1, null, e.getMessage()));
      return new Reading(version.get(), collectionKey, prepared, problems);
    }
    if (rows.isEmpty()) {
      problems.add(new RowProblem(1, null, "the file has a header but no data rows"));
      return new Reading(version.get(), collectionKey, prepared, problems);
    }

    Set<String> numbers = new HashSet<>();
    Set<Long> recordIds = new HashSet<>();
    for (SourceRow row : rows) {
      String number = file.employeeNumber(row);
      if (number != null) {
        numbers.add(number);
      }
      String id = file.recordId(row);
      if (id != null && id.matches("\\d{1,18}")) {
        recordIds.add(Long.parseLong(id));
      }
    }
    Map<String, Employee> people = employees.findByNumbers(numbers);
    Map<Long, ModuleRecord> records = modules.records(recordIds);
    Map<Long, Long> counts =
        modules.counts(
            people.values().stream().map(Employee::getId).toList(), moduleKey, collectionKey);
    Map<Long, Integer> firstLineOfRecord = new HashMap<>();
    Map<Long, Integer> added = new LinkedHashMap<>();

    for (SourceRow row : rows) {
      int line = row.line();
      int before = problems.size();
      String number = file.employeeNumber(row);
      Employee person = number == null ? null : people.get(number);
      if (number == null) {
        problems.add(new RowProblem(line, file.employeeHeader(), "is required"));
      } else if (person == null) {
        problems.add(
            new RowProblem(line, file.employeeHeader(), "no employee has the number " + number));
      } else if (person.isErased()) {
        problems.add(
            new RowProblem(line, file.employeeHeader(), "the person's data has been erased"));
      }
      ModuleRecord record = null;
      String id = file.recordId(row);
      if (id != null) {
        record = id.matches("\\d{1,18}") ? records.get(Long.parseLong(id)) : null;
        if (record == null
            || !record.getModuleKey().equals(moduleKey)
            || !record.getCollectionKey().equals(collectionKey)) {
          problems.add(
              new RowProblem(
                  line, file.recordHeader(), "names no record of " + target + ": " + id));
          record = null;
        } else if (person != null && record.getEmployeeId() != person.getId()) {
          problems.add(
              new RowProblem(
                  line, file.recordHeader(), "is a record of another person, not of " + number));
        } else {
          Integer first = firstLineOfRecord.putIfAbsent(record.getId(), line);
          if (first != null) {
            problems.add(
                new RowProblem(
                    line, file.recordHeader(), "appears again (first on line " + first + ")"));
          }
        }
      }
      Map<String, Object> kept = new LinkedHashMap<>();
      if (record != null) {
        kept.putAll(RecordValues.fromJson(record.values()));
      }
      Map<String, Object> values = file.values(row, kept, problems);
      if (person != null && record == null) {
        int count = added.merge(person.getId(), 1, Integer::sum);
        if (counts.getOrDefault(person.getId(), 0L) + count
            == DefaultModuleService.MAX_RECORDS_PER_COLLECTION + 1) {
          problems.add(
              new RowProblem(
                  line,
                  file.employeeHeader(),
                  number
                      + " would have more than "
                      + DefaultModuleService.MAX_RECORDS_PER_COLLECTION
                      + " records in "
                      + target));
        }
      }
      if (problems.size() == before) {
        Map<String, Object> stored = values;
        if (record != null) {
          // Values of fields this version no longer has are kept, as when a record is changed.
          stored = new LinkedHashMap<>(kept);
          stored.keySet().removeIf(k -> collection.field(k).isPresent());
          stored.putAll(values);
        }
        prepared.add(new Prepared(line, person, record, stored));
      }
    }
    return new Reading(version.get(), collectionKey, prepared, problems);
  }

  private ImportJob job(long importId) {
    return imports
        .find(importId)
        .orElseThrow(() -> new IllegalStateException("import " + importId + " vanished"));
  }
}
