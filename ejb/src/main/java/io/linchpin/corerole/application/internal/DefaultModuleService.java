package io.linchpin.corerole.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.corerole.application.ModuleService;
import io.linchpin.corerole.domain.module.ModuleDefinition;
import io.linchpin.corerole.domain.module.ModuleRecord;
import io.linchpin.corerole.domain.module.ModuleRepository;
import io.linchpin.corerole.domain.module.ModuleVersion;
import io.linchpin.corerole.domain.module.RecordFile;
import io.linchpin.corerole.domain.module.RecordValues;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.people.application.ImportService;
import io.linchpin.people.application.ImportView;
import io.linchpin.people.application.PersonRef;
import io.linchpin.people.application.Ref;
import io.linchpin.people.application.SubmitImport;
import io.linchpin.people.domain.imports.ImportKind;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.ConflictException;
import io.linchpin.shared.EmployeeId;
import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.Formulas;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.NotFoundException;
import io.linchpin.shared.Roles;
import io.linchpin.shared.tabular.TabularFile;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps modules and their records: definitions checked formula by formula before a version is kept,
 * records checked field by field against the version in force, metrics computed in the sandbox.
 * People outside the caller's reach are not found.
 */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.BUSINESS_HEAD, Roles.LINE_MANAGER})
public class DefaultModuleService implements ModuleService {

  static final String RECORD = "module-record";
  static final int MAX_RECORDS_PER_COLLECTION = 1000;

  @Resource SessionContext session;
  @Inject ModuleRepository modules;
  @Inject ModuleCatalog catalog;
  @Inject Formulas formulas;
  @EJB EmployeeService employees;
  @EJB AuditLog audit;
  @EJB ImportService imports;

  private final Clock clock = Clock.systemUTC();

  @Override
  public List<ModuleView> modules() {
    return modules.currentVersions().stream().map(this::view).toList();
  }

  @Override
  public ModuleView module(String key) {
    return view(current(key));
  }

  @Override
  public List<ModuleView> versions(String key) {
    List<ModuleVersion> all = modules.versions(key);
    if (all.isEmpty()) {
      throw new NotFoundException("Module", key);
    }
    return all.stream().map(this::view).toList();
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public ModuleView create(JsonObject json) {
    ModuleDefinition d = parse(json);
    if (modules.current(d.key()).isPresent()) {
      throw new ConflictException("key", "module " + d.key() + " exists; revise it instead");
    }
    return keep(d, 1);
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public ModuleView revise(String key, JsonObject json) {
    ModuleVersion current = current(key);
    ModuleDefinition d = parse(json);
    if (!d.key().equals(key)) {
      throw new InvalidInputException("key", "must stay " + key);
    }
    return keep(d, current.getVersionNo() + 1);
  }

  private ModuleDefinition parse(JsonObject json) {
    List<FieldViolation> violations = new ArrayList<>();
    ModuleDefinition d = ModuleDefinition.parse(json, formulas, violations);
    if (d == null) {
      throw new InvalidInputException(violations);
    }
    return d;
  }

  private ModuleView keep(ModuleDefinition d, int versionNo) {
    ModuleVersion v =
        new ModuleVersion(d, versionNo, ModuleVersion.Source.HR, clock.instant(), caller());
    modules.add(v);
    audit.record(
        versionNo == 1 ? AuditOperation.CREATE : AuditOperation.UPDATE,
        "module",
        d.key() + "/v" + versionNo,
        List.of("definition"),
        null);
    return view(v);
  }

  @Override
  public List<RecordView> records(long employeeId, String moduleKey, String collection) {
    employees.person(EmployeeId.of(employeeId));
    ModuleDefinition d = catalog.definition(current(moduleKey));
    if (collection != null && d.collection(collection).isEmpty()) {
      throw new NotFoundException("Collection of module " + moduleKey, collection);
    }
    List<ModuleRecord> records = modules.records(employeeId, moduleKey, collection);
    if (!records.isEmpty()) {
      audit.recordNow(
          AuditOperation.READ_SENSITIVE,
          RECORD,
          "employee:" + employeeId + "/" + moduleKey,
          List.of("values"),
          null,
          "OK");
    }
    return records.stream().map(r -> view(r, d)).toList();
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public RecordView add(long employeeId, String moduleKey, String collection, JsonObject values) {
    PersonRef person = employees.person(EmployeeId.of(employeeId));
    if (person.erased()) {
      throw new ConflictException("employeeId", "the person's data has been erased");
    }
    ModuleVersion version = current(moduleKey);
    ModuleDefinition d = catalog.definition(version);
    ModuleDefinition.Collection c =
        d.collection(collection)
            .orElseThrow(
                () -> new NotFoundException("Collection of module " + moduleKey, collection));
    List<FieldViolation> violations = new ArrayList<>();
    Map<String, Object> accepted = c.accept(values, "values.", violations);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    if (modules.records(employeeId, moduleKey, collection).size() >= MAX_RECORDS_PER_COLLECTION) {
      throw new ConflictException(
          "collection", "at most " + MAX_RECORDS_PER_COLLECTION + " records per person");
    }
    Instant now = clock.instant();
    ModuleRecord r =
        new ModuleRecord(
            UUID.randomUUID().toString(),
            moduleKey,
            collection,
            employeeId,
            person.dataSubject(),
            version.getVersionNo(),
            RecordValues.toJson(accepted),
            now,
            caller());
    modules.add(r);
    audit.record(
        AuditOperation.CREATE,
        RECORD,
        "employee:" + employeeId + "/" + moduleKey,
        List.of("values"),
        null);
    return view(r, d);
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public RecordView change(long employeeId, String moduleKey, long recordId, JsonObject values) {
    ModuleRecord r = load(employeeId, moduleKey, recordId);
    ModuleVersion version = current(moduleKey);
    ModuleDefinition d = catalog.definition(version);
    ModuleDefinition.Collection c =
        d.collection(r.getCollectionKey())
            .orElseThrow(
                () ->
                    new ConflictException(
                        "collection",
                        r.getCollectionKey() + " is no longer part of module " + moduleKey));
    List<FieldViolation> violations = new ArrayList<>();
    Map<String, Object> accepted = c.accept(values, "values.", violations);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    // Values of fields this version no longer has are kept.
    Map<String, Object> kept = new LinkedHashMap<>(RecordValues.fromJson(r.values()));
    kept.keySet().removeIf(k -> c.field(k).isPresent());
    kept.putAll(accepted);
    r.change(RecordValues.toJson(kept), version.getVersionNo(), clock.instant(), caller());
    audit.record(
        AuditOperation.UPDATE,
        RECORD,
        "employee:" + employeeId + "/" + moduleKey,
        List.of("values"),
        null);
    return view(r, d);
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public void remove(long employeeId, String moduleKey, long recordId) {
    ModuleRecord r = load(employeeId, moduleKey, recordId);
    modules.remove(r);
    audit.record(
        AuditOperation.UPDATE,
        RECORD,
        "employee:" + employeeId + "/" + moduleKey,
        List.of("removed:" + r.getUid()),
        null);
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public ImportView importRecords(
      String moduleKey, String collection, String fileName, byte[] content) {
    collection(moduleKey, collection);
    return imports.submit(
        new SubmitImport(
            ImportKind.MODULE_RECORDS,
            fileName == null || fileName.isBlank() ? "upload" : fileName,
            content,
            null,
            moduleKey + "/" + collection));
  }

  @Override
  public byte[] importTemplate(String moduleKey, String collection, String language) {
    boolean english = language != null && language.toLowerCase(Locale.ROOT).startsWith("en");
    return TabularFile.csvHeader(
        RecordFile.templateHeader(collection(moduleKey, collection), !english));
  }

  private ModuleDefinition.Collection collection(String moduleKey, String collection) {
    return catalog
        .definition(current(moduleKey))
        .collection(collection)
        .orElseThrow(() -> new NotFoundException("Collection of module " + moduleKey, collection));
  }

  @Override
  public Evaluation evaluate(long employeeId, String moduleKey) {
    PersonRef person = employees.person(EmployeeId.of(employeeId));
    ModuleVersion version = current(moduleKey);
    ModuleDefinition d = catalog.definition(version);
    Map<String, Object> values = new HashMap<>();
    Map<String, List<Map<String, Object>>> byCollection = new HashMap<>();
    d.collections().forEach(c -> byCollection.put(c.key(), new ArrayList<>()));
    for (ModuleRecord r : modules.records(employeeId, moduleKey, null)) {
      List<Map<String, Object>> list = byCollection.get(r.getCollectionKey());
      String json = r.values();
      if (list == null || json == null) {
        continue;
      }
      ModuleDefinition.Collection c = d.collection(r.getCollectionKey()).orElseThrow();
      Map<String, Object> current = new LinkedHashMap<>(RecordValues.fromJson(json));
      current.keySet().removeIf(k -> c.field(k).isEmpty());
      list.add(current);
    }
    values.putAll(byCollection);
    values.put(Formulas.TODAY, LocalDate.now(clock).toString());
    List<MetricValue> metrics = new ArrayList<>();
    Formulas.Budget budget = Formulas.Budget.perRequest();
    for (int i = 0; i < d.metrics().size(); i++) {
      ModuleDefinition.Metric m = d.metrics().get(i);
      try {
        Object v = formulas.evaluate(m.formula(), d.variables(i), values, budget);
        values.put(m.key(), v);
        metrics.add(new MetricValue(m.key(), m.label(), m.unit(), v, null));
      } catch (Formulas.FormulaException e) {
        values.put(m.key(), null);
        metrics.add(new MetricValue(m.key(), m.label(), m.unit(), null, e.getMessage()));
      }
    }
    List<RuleResult> rules = new ArrayList<>();
    for (ModuleDefinition.Rule rule : d.rules()) {
      try {
        Object v = formulas.evaluate(rule.when(), d.variables(d.metrics().size()), values, budget);
        rules.add(
            v instanceof Boolean b
                ? new RuleResult(rule.key(), rule.label(), b, null)
                : new RuleResult(rule.key(), rule.label(), null, "is not true or false: " + v));
      } catch (Formulas.FormulaException e) {
        rules.add(new RuleResult(rule.key(), rule.label(), null, e.getMessage()));
      }
    }
    audit.recordNow(
        AuditOperation.READ_SENSITIVE,
        RECORD,
        "employee:" + employeeId + "/" + moduleKey,
        List.of("metrics"),
        null,
        "OK");
    return new Evaluation(
        new Ref(person.id(), person.fullName()), moduleKey, version.getVersionNo(), metrics, rules);
  }

  private ModuleRecord load(long employeeId, String moduleKey, long recordId) {
    employees.person(EmployeeId.of(employeeId));
    return modules
        .record(recordId)
        .filter(r -> r.getEmployeeId() == employeeId && r.getModuleKey().equals(moduleKey))
        .orElseThrow(() -> new NotFoundException("Record", recordId));
  }

  private ModuleVersion current(String key) {
    return modules.current(key).orElseThrow(() -> new NotFoundException("Module", key));
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  private ModuleView view(ModuleVersion v) {
    return new ModuleView(
        v.getModuleKey(),
        v.getVersionNo(),
        v.getName(),
        v.getRoleFamily(),
        v.getSource().name(),
        v.getCreatedAt(),
        v.getCreatedBy(),
        ModuleCatalog.json(v.getDefinition()));
  }

  private static RecordView view(ModuleRecord r, ModuleDefinition d) {
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, Object> retired = new LinkedHashMap<>();
    ModuleDefinition.Collection c = d.collection(r.getCollectionKey()).orElse(null);
    RecordValues.fromJson(r.values())
        .forEach(
            (k, v) -> {
              if (c != null && c.field(k).isPresent()) {
                values.put(k, v);
              } else {
                retired.put(k, v);
              }
            });
    return new RecordView(
        r.getId(),
        r.getCollectionKey(),
        values,
        retired,
        r.getModuleVersion(),
        r.getUpdatedAt(),
        r.getUpdatedBy());
  }
}
