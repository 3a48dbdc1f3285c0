package io.linchpin.people.infrastructure.imports;

import io.linchpin.people.domain.imports.ImportField;
import io.linchpin.people.domain.imports.RowProblem;
import io.linchpin.shared.tabular.SourceRow;
import io.linchpin.shared.tabular.TabularFile;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of a file holds which field: a saved mapping first, then Linchpin's own template
 * headers (English or Chinese) and common names. Columns nobody claims are ignored and listed.
 */
public final class ColumnLayout {

  private final Map<ImportField, Integer> index = new EnumMap<>(ImportField.class);
  private final Map<ImportField, String> header = new EnumMap<>(ImportField.class);
  private final List<String> ignored = new ArrayList<>();
  private final List<RowProblem> problems = new ArrayList<>();

  private ColumnLayout() {}

  public static ColumnLayout of(List<String> headers, Map<String, ImportField> savedMapping) {
    ColumnLayout layout = new ColumnLayout();
    Map<String, ImportField> saved = new java.util.HashMap<>();
    savedMapping.forEach((h, f) -> saved.put(ImportField.normalizeHeader(h), f));
    for (int i = 0; i < headers.size(); i++) {
      String name = TabularFile.headerName(headers.get(i));
      if (name.isEmpty()) {
        continue;
      }
      ImportField field = saved.get(ImportField.normalizeHeader(name));
      if (field == null) {
        field = ImportField.forHeader(name).orElse(null);
      }
      if (field == null) {
        layout.ignored.add(name);
      } else if (layout.index.containsKey(field)) {
        layout.problems.add(
            new RowProblem(
                1,
                name,
                "column \""
                    + layout.header.get(field)
                    + "\" already holds "
                    + field.apiName()
                    + "; a field may appear only once"));
      } else {
        layout.index.put(field, i);
        layout.header.put(field, name);
      }
    }
    for (ImportField field : ImportField.values()) {
      if (field.required() && !layout.index.containsKey(field)) {
        layout.problems.add(
            new RowProblem(
                1,
                null,
                "required column "
                    + field.apiName()
                    + " is missing (e.g. \""
                    + field.englishHeader()
                    + "\" or \""
                    + field.chineseHeader()
                    + "\")"));
      }
    }
    return layout;
  }

  /** Problems with the header row itself; a file with any imports nothing. */
  public List<RowProblem> problems() {
    return problems;
  }

  public List<String> ignoredColumns() {
    return ignored;
  }

  public boolean has(ImportField field) {
    return index.containsKey(field);
  }

  /** The cell of the field, trimmed; null when the column is absent or the cell empty. */
  public String value(SourceRow row, ImportField field) {
    Integer i = index.get(field);
    if (i == null) {
      return null;
    }
    String v = row.cell(i);
    if (v == null) {
      return null;
    }
    v = v.strip();
    return v.isEmpty() ? null : v;
  }

  /** The column name as the file writes it, for error reports. */
  public String header(ImportField field) {
    return header.getOrDefault(field, field.apiName());
  }
}
