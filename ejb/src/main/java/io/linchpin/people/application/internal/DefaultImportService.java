package io.linchpin.people.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.people.application.ColumnMappingView;
import io.linchpin.people.application.ImportService;
import io.linchpin.people.application.ImportSubmitted;
import io.linchpin.people.application.ImportView;
import io.linchpin.people.application.SubmitImport;
import io.linchpin.people.domain.imports.ColumnMapping;
import io.linchpin.people.domain.imports.ImportField;
import io.linchpin.people.domain.imports.ImportJob;
import io.linchpin.people.domain.imports.ImportKind;
import io.linchpin.people.domain.imports.ImportRepository;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.InputValidator;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.NotFoundException;
import io.linchpin.shared.Roles;
import io.linchpin.shared.tabular.TabularFile;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Accepts import files, reports on them, and keeps the saved column mappings. */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
public class DefaultImportService implements ImportService {

  private static final int RECENT = 50;

  @Inject ImportRepository imports;
  @Inject InputValidator validator;
  @Inject Event<ImportSubmitted> submitted;
  @EJB AuditLog audit;
  @EJB AccessScopes scopes;
  @Resource SessionContext session;

  private final Clock clock = Clock.systemDefaultZone();

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public ImportView submit(SubmitImport c) {
    validator.validate(c);
    if (c.mappingName() != null && c.kind() != ImportKind.EMPLOYEES) {
      throw new InvalidInputException("mapping", "column mappings apply to employee files only");
    }
    if ((c.kind() == ImportKind.MODULE_RECORDS) != (c.target() != null)) {
      throw new InvalidInputException(
          "target",
          c.target() == null
              ? "name the module collection the records fill"
              : "only files of module records have a target");
    }
    if (c.mappingName() != null && imports.mapping(c.mappingName()).isEmpty()) {
      throw new InvalidInputException(
          "mapping", "no saved column mapping is named " + c.mappingName());
    }
    ImportJob job =
        new ImportJob(
            c.kind().apiName(),
            c.fileName(),
            c.mappingName(),
            c.target(),
            session.getCallerPrincipal().getName(),
            clock.instant());
    imports.add(job, c.content());
    audit.record(
        AuditOperation.IMPORT_SUBMIT,
        "import",
        job.getId().toString(),
        List.of(),
        c.kind().apiName());
    submitted.fire(new ImportSubmitted(job.getId(), c.kind()));
    return view(job, false);
  }

  /**
   * An HR admin sees every import; an HR business partner only those that touched one of their
   * units (a file refused whole touched none), and any other is reported as not found.
   */
  @Override
  public ImportView get(long id) {
    ImportJob job = imports.find(id).orElseThrow(() -> new NotFoundException("Import", id));
    if (!session.isCallerInRole(Roles.HR_ADMIN)
        && !imports.touches(id, scopes.visibility().unitPaths())) {
      audit.recordNow(
          AuditOperation.DENIED, "import", Long.toString(id), List.of(), null, "OUT_OF_SCOPE");
      throw new NotFoundException("Import", id);
    }
    return view(job, true);
  }

  @Override
  public List<ImportView> recent() {
    List<ImportJob> jobs =
        session.isCallerInRole(Roles.HR_ADMIN)
            ? imports.recent(RECENT)
            : imports.recentTouching(scopes.visibility().unitPaths(), RECENT);
    return jobs.stream().map(j -> view(j, false)).toList();
  }

  @Override
  public byte[] template(ImportKind kind, String language) {
    boolean chinese = language == null || language.toLowerCase().startsWith("zh");
    List<String> header =
        switch (kind) {
          case ORG_UNITS -> chinese ? List.of("部门路径", "部门编码") : List.of("path", "code");
          case EMPLOYEES ->
              java.util.Arrays.stream(ImportField.values())
                  .map(f -> chinese ? f.chineseHeader() : f.englishHeader())
                  .toList();
          case MODULE_RECORDS, SIGNALS ->
              throw new InvalidInputException(
                  "kind", "the template of " + kind.apiName() + " comes from its own resource");
        };
    return TabularFile.csvHeader(header);
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public ColumnMappingView saveMapping(String name, Map<String, String> columns) {
    List<FieldViolation> violations = new ArrayList<>();
    if (name == null || !name.matches("[\\p{L}\\p{N} ._-]{1,100}")) {
      violations.add(
          new FieldViolation("name", "must be 1 to 100 letters, digits, spaces, '.', '_' or '-'"));
    }
    Map<String, ImportField> fields = new LinkedHashMap<>();
    if (columns == null || columns.isEmpty()) {
      violations.add(new FieldViolation("columns", "must map at least one header to a field"));
    } else {
      columns.forEach(
          (header, field) -> {
            if (header == null || header.isBlank() || header.length() > 200) {
              violations.add(new FieldViolation("columns", "a header must be 1 to 200 characters"));
              return;
            }
            ImportField target = field == null ? null : ImportField.forApiName(field).orElse(null);
            if (target == null) {
              violations.add(
                  new FieldViolation(
                      "columns." + header,
                      "names no field; use one of "
                          + java.util.Arrays.stream(ImportField.values())
                              .map(ImportField::apiName)
                              .collect(Collectors.joining(", "))));
            } else if (fields.containsValue(target)) {
              violations.add(
                  new FieldViolation("columns." + header, target.apiName() + " is mapped twice"));
            } else {
              fields.put(header.strip(), target);
            }
          });
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    ColumnMapping mapping =
        imports
            .mapping(name)
            .orElseGet(
                () -> {
                  ColumnMapping created = new ColumnMapping(name);
                  imports.add(created);
                  return created;
                });
    mapping.replaceColumns(fields);
    return view(mapping);
  }

  @Override
  public List<ColumnMappingView> mappings() {
    return imports.mappings().stream().map(DefaultImportService::view).toList();
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public int resumeInterrupted(java.time.Instant serverStart) {
    List<ImportJob> unfinished =
        imports.unfinished().stream()
            .filter(job -> job.getSubmittedAt().isBefore(serverStart))
            .toList();
    for (ImportJob job : unfinished) {
      job.resumed();
      submitted.fire(
          new ImportSubmitted(
              job.getId(), ImportKind.forApiName(job.getKind()).orElse(ImportKind.EMPLOYEES)));
    }
    return unfinished.size();
  }

  private static ColumnMappingView view(ColumnMapping mapping) {
    Map<String, String> columns = new TreeMap<>();
    mapping.fields().forEach((header, field) -> columns.put(header, field.apiName()));
    return new ColumnMappingView(mapping.getName(), columns);
  }

  private ImportView view(ImportJob job, boolean withErrors) {
    List<ImportView.ImportProblem> errors =
        withErrors
            ? imports.errors(job.getId()).stream()
                .map(e -> new ImportView.ImportProblem(e.getLine(), e.getColumn(), e.getMessage()))
                .toList()
            : List.of();
    return new ImportView(
        job.getId(),
        job.getKind(),
        job.getTarget(),
        job.getFileName(),
        job.getStatus(),
        job.getTotalRows(),
        job.getProcessedRows(),
        job.getCreated(),
        job.getUpdated(),
        job.getUnchanged(),
        job.getErrorCount(),
        job.getMessage(),
        job.getSubmittedBy(),
        job.getSubmittedAt(),
        job.getFinishedAt(),
        errors);
  }
}
