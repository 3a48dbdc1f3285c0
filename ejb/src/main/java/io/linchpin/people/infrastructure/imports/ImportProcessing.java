package io.linchpin.people.infrastructure.imports;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.people.domain.Employee;
import io.linchpin.people.domain.EmployeeRepository;
import io.linchpin.people.domain.EmploymentEvent;
import io.linchpin.people.domain.EmploymentTerms;
import io.linchpin.people.domain.LifecycleEventType;
import io.linchpin.people.domain.OrgUnit;
import io.linchpin.people.domain.OrgUnitRepository;
import io.linchpin.people.domain.Position;
import io.linchpin.people.domain.PositionRepository;
import io.linchpin.people.domain.imports.ImportField;
import io.linchpin.people.domain.imports.ImportJob;
import io.linchpin.people.domain.imports.ImportRepository;
import io.linchpin.people.domain.imports.RowProblem;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.FieldSealer;
import io.linchpin.shared.tabular.TabularFile;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The transactional work of an employee import, called by the batch job's steps: validate the whole
 * file without writing, write a chunk of rows (upsert by employee number, so a re-run changes
 * nothing), link managers, finish. Not reachable from outside the application: the batch runtime
 * calls it on behalf of the user who submitted the import, whose rights were checked then.
 */
@Stateless
@PermitAll
public class ImportProcessing {

  private static final int MAX_REPORTED_PROBLEMS = 10_000;

  @Inject ImportRepository imports;
  @Inject EmployeeRepository employees;
  @Inject OrgUnitRepository orgUnits;
  @Inject PositionRepository positions;
  @PersistenceContext EntityManager em;
  @Inject FieldSealer sealer;
  @EJB AuditLog audit;

  private final Clock clock = Clock.systemDefaultZone();

  /** The file and mapping of an import, for the readers. */
  public record Source(byte[] content, Map<String, ImportField> mapping) {}

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Source source(long importId) {
    return source(job(importId));
  }

  /** How many rows still wait for their manager to be linked. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int pendingManagerLinks(long importId) {
    return job(importId).getPendingLinks();
  }

  /**
   * Checks every row and the file as a whole. Returns true when the file may be imported; otherwise
   * stores the report and marks the import rejected, having written nothing else.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean validate(long importId) {
    ImportJob job = job(importId);
    job.validating();
    Source source = source(job);
    List<RowProblem> problems = new ArrayList<>();
    int rows = 0;
    try (TabularFile.RowSource file = TabularFile.open(source.content())) {
      ColumnLayout layout = ColumnLayout.of(file.header(), source.mapping());
      problems.addAll(layout.problems());
      if (problems.isEmpty()) {
        EmployeeRowDecoder decoder = new EmployeeRowDecoder(layout, LocalDate.now(clock));
        Map<String, Integer> numbers = new HashMap<>();
        Map<String, Integer> nationalIds = new HashMap<>();
        Map<String, String> numberByNationalId = new HashMap<>();
        Map<String, List<Integer>> managersWanted = new HashMap<>();
        while (file.hasNext()) {
          rows++;
          EmployeeRowDecoder.Result result = decoder.decode(file.next());
          if (result.record() == null) {
            addCapped(problems, result.problems());
            continue;
          }
          EmployeeRecord r = result.record();
          Integer first = numbers.putIfAbsent(r.employeeNumber(), r.line());
          if (first != null) {
            addCapped(
                problems,
                List.of(
                    decoder.problem(
                        r.line(),
                        ImportField.EMPLOYEE_NUMBER,
                        "appears again (first on line " + first + ")")));
          }
          String nationalId = r.personalData().nationalId();
          if (nationalId != null) {
            numberByNationalId.putIfAbsent(nationalId, r.employeeNumber());
            Integer firstId = nationalIds.putIfAbsent(nationalId, r.line());
            if (firstId != null) {
              addCapped(
                  problems,
                  List.of(
                      decoder.problem(
                          r.line(),
                          ImportField.NATIONAL_ID,
                          "the same ID number is on line " + firstId)));
            }
          }
          if (r.managerNumber() != null) {
            managersWanted.computeIfAbsent(r.managerNumber(), k -> new ArrayList<>()).add(r.line());
          }
        }
        checkAgainstDatabase(
            decoder, numbers, nationalIds, numberByNationalId, managersWanted, problems);
      }
    } catch (TabularFile.UnreadableFileException e) {
      problems.add(new RowProblem(1, null, e.getMessage()));
    }
    if (rows == 0 && problems.isEmpty()) {
      problems.add(new RowProblem(1, null, "the file has a header but no data rows"));
    }
    if (!problems.isEmpty()) {
      imports.clearErrors(importId);
      problems.sort(
          java.util.Comparator.comparingInt(RowProblem::line)
              .thenComparing(p -> p.column() == null ? "" : p.column()));
      imports.addErrors(importId, problems);
      discard(importId);
      job.rejected(
          rows,
          problems.size(),
          problems.size() >= MAX_REPORTED_PROBLEMS
              ? "the file has at least " + MAX_REPORTED_PROBLEMS + " problems; the first are listed"
              : "the file has " + problems.size() + " problem(s); nothing was imported",
          clock.instant());
      return false;
    }
    imports.clearErrors(importId);
    job.importing(rows);
    return true;
  }

  private void checkAgainstDatabase(
      EmployeeRowDecoder decoder,
      Map<String, Integer> numbers,
      Map<String, Integer> nationalIds,
      Map<String, String> numberByNationalId,
      Map<String, List<Integer>> managersWanted,
      List<RowProblem> problems) {
    Set<String> unknownManagers = new HashSet<>(managersWanted.keySet());
    unknownManagers.removeAll(numbers.keySet());
    if (!unknownManagers.isEmpty()) {
      unknownManagers.removeAll(employees.findByNumbers(unknownManagers).keySet());
      for (String manager : unknownManagers) {
        for (Integer line : managersWanted.get(manager)) {
          addCapped(
              problems,
              List.of(
                  decoder.problem(
                      line,
                      ImportField.MANAGER_NUMBER,
                      "names no employee in the file or in Linchpin")));
        }
      }
    }
    if (!nationalIds.isEmpty()) {
      // Through the blind index: the stored ID numbers are sealed.
      Map<String, String> idByIndex = new HashMap<>();
      nationalIds.keySet().forEach(id -> idByIndex.put(sealer.blindIndex("national_id", id), id));
      for (Object[] row : employees.holdersOfNationalIdIndexes(idByIndex.keySet())) {
        String nationalId = idByIndex.get((String) row[0]);
        Integer line = nationalIds.get(nationalId);
        if (line != null && !row[1].equals(numberByNationalId.get(nationalId))) {
          addCapped(
              problems,
              List.of(
                  decoder.problem(
                      line,
                      ImportField.NATIONAL_ID,
                      "this ID number already belongs to employee " + row[1])));
        }
      }
    }
  }

  private static void addCapped(List<RowProblem> all, List<RowProblem> more) {
    for (RowProblem p : more) {
      if (all.size() < MAX_REPORTED_PROBLEMS) {
        all.add(p);
      }
    }
  }

  /**
   * Writes a chunk of valid rows in the chunk's transaction: new employees are hired, existing ones
   * (same employee number) get their personal data corrected and, if their terms differ, a change
   * effective today. Rows equal to what is stored change nothing.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void write(long importId, List<EmployeeRecord> records, Catalogue catalogue) {
    // Queries below never need this chunk's own unflushed rows; flushing before each of them
    // would dirty-check the whole chunk again and again.
    em.setFlushMode(FlushModeType.COMMIT);
    ImportJob job = job(importId);
    String recordedBy = recordedBy(job);
    LocalDate today = LocalDate.now(clock);
    Set<String> numbers = new HashSet<>();
    for (EmployeeRecord r : records) {
      numbers.add(r.employeeNumber());
      if (r.managerNumber() != null) {
        numbers.add(r.managerNumber());
      }
    }
    Map<String, Employee> known = employees.findByNumbers(numbers);
    sealer.prepare(numbers);
    Set<String> existing = new HashSet<>(known.keySet());
    int created = 0, changed = 0, same = 0, pending = 0;
    Set<Long> units = new HashSet<>();
    for (EmployeeRecord r : records) {
      OrgUnit unit = r.orgUnitPath() == null ? null : catalogue.orgUnit(r.orgUnitPath());
      if (unit != null) {
        units.add(unit.getId());
      }
      Position position = r.position() == null ? null : catalogue.position(r.position());
      Employee manager = r.managerNumber() == null ? null : known.get(r.managerNumber());
      if (r.managerNumber() != null && manager == null) {
        pending++; // the manager's row comes later in the file
      }
      if (!existing.contains(r.employeeNumber())) {
        EmploymentEvent hire =
            Employee.hire(
                r.employeeNumber(),
                r.personalData(),
                r.hireDate(),
                new EmploymentTerms(unit, position, manager, r.baseSalary(), null),
                reason(job),
                clock.instant(),
                recordedBy);
        Employee e = hire.getEmployee();
        employees.add(e);
        employees.add(hire);
        known.put(r.employeeNumber(), e);
        created++;
        continue;
      }
      Employee e = known.get(r.employeeNumber());
      if (e.getOrgUnit() != null) {
        units.add(e.getOrgUnit().getId());
      }
      boolean corrected = e.correct(r.personalData());
      EmploymentTerms before = e.terms();
      EmploymentTerms after = before;
      if (r.orgUnitPath() != null) {
        after = after.withOrgUnit(unit);
      }
      if (r.position() != null) {
        after = after.withPosition(position);
      }
      if (r.baseSalary() != null) {
        after = after.withBaseSalary(r.baseSalary());
      }
      if (manager != null) {
        after = after.withManager(manager);
      }
      if (!after.sameAs(before)) {
        LifecycleEventType type = after.changeFrom(before);
        recordChange(e, type, after, employees.history(e), today, job, recordedBy);
        changed++;
      } else if (corrected) {
        changed++;
      } else {
        same++;
      }
    }
    job.progressed(records.size(), created, changed, same);
    job.managerLinksPending(pending);
    imports.touched(importId, List.of(), units);
    audit.recordFor(
        recordedBy,
        AuditOperation.IMPORT_WRITE,
        "import",
        job.getId().toString(),
        "lines " + records.get(0).line() + "-" + records.get(records.size() - 1).line());
  }

  /** Sets the managers the rows name, once every row's employee exists. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void linkManagers(long importId, List<EmployeeRecord> records) {
    em.setFlushMode(FlushModeType.COMMIT);
    ImportJob job = job(importId);
    String recordedBy = recordedBy(job);
    Set<String> numbers = new HashSet<>();
    for (EmployeeRecord r : records) {
      numbers.add(r.employeeNumber());
      numbers.add(r.managerNumber());
    }
    Map<String, Employee> byNumber = employees.findByNumbers(numbers);
    List<Employee> toLink = new ArrayList<>();
    for (EmployeeRecord r : records) {
      Employee e = byNumber.get(r.employeeNumber());
      Employee manager = byNumber.get(r.managerNumber());
      if (e != null && manager != null && !EmploymentTerms.same(e.getManager(), manager)) {
        toLink.add(e);
      }
    }
    Map<Long, List<EmploymentEvent>> histories = employees.histories(toLink);
    LocalDate today = LocalDate.now(clock);
    for (EmployeeRecord r : records) {
      Employee e = byNumber.get(r.employeeNumber());
      Employee manager = byNumber.get(r.managerNumber());
      if (e == null || manager == null || EmploymentTerms.same(e.getManager(), manager)) {
        continue;
      }
      List<EmploymentEvent> history = histories.getOrDefault(e.getId(), List.of());
      EmploymentEvent only = history.size() == 1 ? history.get(0) : null;
      if (only != null
          && only.getType() == LifecycleEventType.HIRE
          && reason(job).equals(only.getReason())) {
        // The hire was recorded by this very import; naming the manager completes it.
        only.assignManager(manager);
        e.apply(only);
      } else {
        recordChange(
            e,
            LifecycleEventType.TRANSFER,
            e.terms().withManager(manager),
            history,
            today,
            job,
            recordedBy);
      }
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void complete(long importId) {
    job(importId).completed(clock.instant());
    discard(importId);
  }

  /**
   * Deletes the uploaded file of an ended import and destroys its key: the people in it are in
   * Linchpin now (or were refused), and the file must not linger anywhere readable.
   */
  public void discard(long importId) {
    imports.discardFile(importId);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void fail(long importId, String why) {
    imports.find(importId).ifPresent(job -> job.failed(why, clock.instant()));
  }

  private void recordChange(
      Employee e,
      LifecycleEventType type,
      EmploymentTerms after,
      List<EmploymentEvent> history,
      LocalDate today,
      ImportJob job,
      String recordedBy) {
    LocalDate latest = history.get(history.size() - 1).getEffectiveDate();
    LocalDate effective = latest.isAfter(today) ? latest : today;
    employees.add(
        e.change(type, effective, after, reason(job), clock.instant(), recordedBy, today));
  }

  private static String reason(ImportJob job) {
    return "import " + job.getId();
  }

  private static String recordedBy(ImportJob job) {
    return job.getSubmittedBy();
  }

  private Source source(ImportJob job) {
    Map<String, ImportField> mapping =
        job.getMappingName() == null
            ? Map.of()
            : imports.mapping(job.getMappingName()).map(m -> m.fields()).orElse(Map.of());
    return new Source(imports.content(job.getId()), mapping);
  }

  private ImportJob job(long importId) {
    return imports
        .find(importId)
        .orElseThrow(() -> new IllegalStateException("import " + importId + " vanished"));
  }

  /**
   * Org units and positions by the names rows use, created on first sight with a code derived from
   * the name, so importing the same file twice finds the same units. Lives for one step.
   */
  public static final class Catalogue {
    private final Map<String, Long> unitIds = new HashMap<>();
    private final Map<String, Long> positionIds = new HashMap<>();
    private OrgUnitRepository orgUnits;
    private PositionRepository positions;
    private EntityManager em;

    void bind(OrgUnitRepository orgUnits, PositionRepository positions, EntityManager em) {
      this.orgUnits = orgUnits;
      this.positions = positions;
      this.em = em;
    }

    OrgUnit orgUnit(String path) {
      Long id = unitIds.get(path);
      if (id != null) {
        return em.getReference(OrgUnit.class, id);
      }
      OrgUnit unit = orgUnits.findByPath(path).orElse(null);
      if (unit == null) {
        int slash = path.lastIndexOf('/');
        OrgUnit parent = slash < 0 ? null : orgUnit(path.substring(0, slash));
        unit = new OrgUnit("OU-" + digest(path), path.substring(slash + 1), parent);
        orgUnits.add(unit);
        em.flush();
      }
      unitIds.put(path, unit.getId());
      return unit;
    }

    Position position(String codeOrTitle) {
      Long id = positionIds.get(codeOrTitle);
      if (id != null) {
        return em.getReference(Position.class, id);
      }
      Position position =
          positions
              .findByCode(codeOrTitle)
              .or(() -> positions.findByTitle(codeOrTitle))
              .orElse(null);
      if (position == null) {
        position = new Position("P-" + digest(codeOrTitle), codeOrTitle, null);
        positions.add(position);
        em.flush();
      }
      positionIds.put(codeOrTitle, position.getId());
      return position;
    }

    private static String digest(String text) {
      try {
        byte[] hash =
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 6).toUpperCase();
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** A catalogue bound to this bean's repositories, for one step. */
  public Catalogue newCatalogue() {
    Catalogue catalogue = new Catalogue();
    catalogue.bind(orgUnits, positions, em);
    return catalogue;
  }
}
