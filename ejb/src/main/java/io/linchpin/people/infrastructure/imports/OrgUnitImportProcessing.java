package io.linchpin.people.infrastructure.imports;

import io.linchpin.people.domain.OrgUnit;
import io.linchpin.people.domain.OrgUnitRepository;
import io.linchpin.people.domain.imports.ImportJob;
import io.linchpin.people.domain.imports.ImportRepository;
import io.linchpin.people.domain.imports.RowProblem;
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
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Imports an org chart: one row per unit with its path and, optionally, the code the old system
 * gives it. Missing parents are created; existing units keep their identity and take the file's
 * code. Org charts are small, so the whole file is written in one transaction: all or nothing even
 * if the server stops.
 */
@Stateless
@PermitAll
public class OrgUnitImportProcessing {

  static final List<String> PATH_HEADERS =
      List.of("path", "orgunitpath", "orgunit", "部门路径", "组织路径", "部门", "组织");
  static final List<String> CODE_HEADERS = List.of("code", "orgunitcode", "部门编码", "组织编码", "部门代码");
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  @Inject ImportRepository imports;
  @Inject OrgUnitRepository orgUnits;
  @EJB ImportProcessing processing;

  private final Clock clock = Clock.systemDefaultZone();

  /** A valid row: the unit's path and the code it should carry (or null). */
  record UnitRow(int line, String path, String code) {}

  /** Checks the whole file; true when it may be written. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean validate(long importId) {
    ImportJob job = job(importId);
    job.validating();
    List<RowProblem> problems = new ArrayList<>();
    List<UnitRow> rows = read(imports.content(importId), problems);
    if (rows.isEmpty() && problems.isEmpty()) {
      problems.add(new RowProblem(1, null, "the file has a header but no data rows"));
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingInt(RowProblem::line));
      imports.reject(job, rows.size(), problems, clock.instant());
      return false;
    }
    imports.clearErrors(importId);
    job.importing(rows.size());
    return true;
  }

  /** Writes every unit, parents first, in this one transaction. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void write(long importId) {
    ImportJob job = job(importId);
    List<RowProblem> ignored = new ArrayList<>();
    List<UnitRow> rows = read(imports.content(importId), ignored);
    rows.sort(Comparator.comparingInt((UnitRow r) -> r.path().split("/").length));
    ImportProcessing.Catalogue catalogue = processing.newCatalogue();
    int created = 0, changed = 0, same = 0;
    List<Long> units = new ArrayList<>();
    for (UnitRow row : rows) {
      boolean existed = orgUnits.findByPath(row.path()).isPresent();
      OrgUnit unit = catalogue.orgUnit(row.path());
      units.add(unit.getId());
      if (row.code() != null && !row.code().equals(unit.getCode())) {
        unit.recode(row.code());
        if (existed) {
          changed++;
          continue;
        }
      }
      if (existed) {
        same++;
      } else {
        created++;
      }
    }
    job.progressed(rows.size(), created, changed, same);
    imports.touched(importId, List.of(), units);
  }

  private List<UnitRow> read(byte[] content, List<RowProblem> problems) {
    List<UnitRow> rows = new ArrayList<>();
    try (TabularFile.RowSource file = TabularFile.open(content)) {
      int pathColumn = column(file.header(), PATH_HEADERS);
      int codeColumn = column(file.header(), CODE_HEADERS);
      String pathHeader =
          pathColumn < 0 ? "path" : TabularFile.headerName(file.header().get(pathColumn));
      String codeHeader =
          codeColumn < 0 ? "code" : TabularFile.headerName(file.header().get(codeColumn));
      if (pathColumn < 0) {
        problems.add(
            new RowProblem(1, null, "required column path is missing (e.g. \"path\" or \"部门路径\")"));
        return rows;
      }
      Map<String, Integer> paths = new HashMap<>();
      Map<String, Integer> codes = new HashMap<>();
      while (file.hasNext()) {
        SourceRow source = file.next();
        int line = source.line();
        String path = OrgPaths.normalize(source.cell(pathColumn));
        String code = codeColumn < 0 ? null : trimToNull(source.cell(codeColumn));
        int before = problems.size();
        if (path == null) {
          problems.add(new RowProblem(line, pathHeader, "is required"));
        } else {
          OrgPaths.problem(path).ifPresent(p -> problems.add(new RowProblem(line, pathHeader, p)));
          Integer first = paths.putIfAbsent(path, line);
          if (first != null) {
            problems.add(
                new RowProblem(line, pathHeader, "appears again (first on line " + first + ")"));
          }
        }
        if (code != null) {
          if (!CODE.matcher(code).matches()) {
            problems.add(
                new RowProblem(
                    line, codeHeader, "must be 1 to 64 letters, digits, '.', '_' or '-'"));
          } else {
            Integer first = codes.putIfAbsent(code, line);
            if (first != null) {
              problems.add(
                  new RowProblem(line, codeHeader, "appears again (first on line " + first + ")"));
            } else if (path != null) {
              String owner = orgUnits.findByCode(code).map(OrgUnit::getPath).orElse(null);
              if (owner != null && !owner.equals(path)) {
                problems.add(
                    new RowProblem(line, codeHeader, "already belongs to the unit " + owner));
              }
            }
          }
        }
        if (problems.size() == before) {
          rows.add(new UnitRow(line, path, code));
        }
      }
    } catch (TabularFile.UnreadableFileException e) {
      problems.add(new RowProblem(1, null, e.getMessage()));
    }
    return rows;
  }

  private static int column(List<String> header, List<String> names) {
    for (int i = 0; i < header.size(); i++) {
      if (names.contains(TabularFile.headerKey(header.get(i)))) {
        return i;
      }
    }
    return -1;
  }

  private static String trimToNull(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    return v.isEmpty() ? null : v;
  }

  private ImportJob job(long importId) {
    return imports
        .find(importId)
        .orElseThrow(() -> new IllegalStateException("import " + importId + " vanished"));
  }
}
