package io.linchpin.corerole.domain.module;

import io.linchpin.people.domain.imports.RowProblem;
import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.tabular.LenientDates;
import io.linchpin.shared.tabular.SourceRow;
import io.linchpin.shared.tabular.TabularFile;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a spreadsheet of one module collection's records is read: a column naming the person by
 * employee number, optionally a column with the id of a record to change, and a column per field,
 * headed by the field's key or its label. Cells are read the way people type them (1,200,000; 120万;
 * ¥300; 35%; 2019/3/5; 是/否) and then checked exactly as the API checks a record.
 */
public final class RecordFile {

  static final List<String> EMPLOYEE_HEADERS =
      List.of("employeeNumber", "工号", "员工编号", "员工号", "employee number", "employee no");
  static final List<String> RECORD_HEADERS = List.of("recordId", "记录编号", "记录ID", "record id");

  private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern SCALED = Pattern.compile("(.+?)\\s*(万|亿)(元)?");
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

  private final ModuleDefinition.Collection collection;
  private final int employeeColumn;
  private final int recordColumn;
  private final Map<Integer, ModuleDefinition.Field> fieldColumns;
  private final List<String> header;

  private RecordFile(
      ModuleDefinition.Collection collection,
      List<String> header,
      int employeeColumn,
      int recordColumn,
      Map<Integer, ModuleDefinition.Field> fieldColumns) {
    this.collection = collection;
    this.header = header;
    this.employeeColumn = employeeColumn;
    this.recordColumn = recordColumn;
    this.fieldColumns = fieldColumns;
  }

  /** The template's header row: employee number, record id, then the fields. */
  public static List<String> templateHeader(ModuleDefinition.Collection c, boolean chinese) {
    List<String> header = new ArrayList<>();
    header.add(chinese ? "工号" : "employeeNumber");
    header.add(chinese ? "记录编号" : "recordId");
    for (ModuleDefinition.Field f : c.fields()) {
      header.add(chinese ? f.label() : f.key());
    }
    return header;
  }

  /**
   * Reads the header row; empty, with the problems added, when the file cannot be read by it (no
   * employee column, a column naming no field, a field named twice).
   */
  public static Optional<RecordFile> layout(
      ModuleDefinition.Collection c, List<String> header, List<RowProblem> problems) {
    int employee = -1;
    int record = -1;
    Map<Integer, ModuleDefinition.Field> fields = new LinkedHashMap<>();
    Map<String, String> seen = new LinkedHashMap<>();
    int before = problems.size();
    for (int i = 0; i < header.size(); i++) {
      String name = TabularFile.headerName(header.get(i));
      String key = normalize(name);
      if (key.isEmpty()) {
        continue;
      }
      String earlier = seen.putIfAbsent(key, name);
      if (earlier != null) {
        problems.add(new RowProblem(1, name, "appears twice in the header"));
        continue;
      }
      if (EMPLOYEE_HEADERS.stream().anyMatch(h -> normalize(h).equals(key))) {
        employee = i;
        continue;
      }
      if (RECORD_HEADERS.stream().anyMatch(h -> normalize(h).equals(key))) {
        record = i;
        continue;
      }
      Optional<ModuleDefinition.Field> field =
          c.fields().stream().filter(f -> names(f).contains(key)).findFirst();
      if (field.isEmpty()) {
        problems.add(
            new RowProblem(
                1,
                name,
                "names no field of "
                    + c.key()
                    + "; the fields are "
                    + String.join(
                        ", ",
                        c.fields().stream().map(f -> f.key() + " (" + f.label() + ")").toList())));
      } else if (fields.containsValue(field.get())) {
        problems.add(new RowProblem(1, name, "names the field " + field.get().key() + " again"));
      } else {
        fields.put(i, field.get());
      }
    }
    if (employee < 0) {
      problems.add(
          new RowProblem(1, null, "required column employeeNumber is missing (e.g. \"工号\")"));
    }
    if (fields.isEmpty() && employee >= 0) {
      problems.add(new RowProblem(1, null, "no column names a field of " + c.key()));
    }
    return problems.size() == before
        ? Optional.of(new RecordFile(c, header, employee, record, fields))
        : Optional.empty();
  }

  /** The employee number the row names, or null. */
  public String employeeNumber(SourceRow row) {
    return trimToNull(row.cell(employeeColumn));
  }

  /** The id of the record the row changes; null for a new record. */
  public String recordId(SourceRow row) {
    return recordColumn < 0 ? null : trimToNull(row.cell(recordColumn));
  }

  public String employeeHeader() {
    return header.get(employeeColumn).strip();
  }

  public String recordHeader() {
    return recordColumn < 0 ? "recordId" : header.get(recordColumn).strip();
  }

  /** Whether the file has a column for the field. */
  public boolean covers(String fieldKey) {
    return fieldColumns.values().stream().anyMatch(f -> f.key().equals(fieldKey));
  }

  /**
   * The row's values checked against the collection's fields; fields the file has no column for
   * take {@code kept} (the values of a record being changed). Problems go to {@code problems} under
   * the column that holds the field.
   */
  public Map<String, Object> values(
      SourceRow row, Map<String, Object> kept, List<RowProblem> problems) {
    JsonObjectBuilder json = RecordValues.json().createObjectBuilder();
    Map<String, String> columnOf = new LinkedHashMap<>();
    for (ModuleDefinition.Field f : collection.fields()) {
      columnOf.put(f.key(), f.label());
      Object old = kept.get(f.key());
      if (old != null && !covers(f.key())) {
        if (old instanceof Double d) {
          json.add(f.key(), d);
        } else if (old instanceof Boolean b) {
          json.add(f.key(), b);
        } else {
          json.add(f.key(), old.toString());
        }
      }
    }
    fieldColumns.forEach(
        (column, field) -> {
          columnOf.put(field.key(), header.get(column).strip());
          String cell = trimToNull(row.cell(column));
          if (cell != null) {
            json.add(field.key(), cell(field, cell));
          }
        });
    List<FieldViolation> violations = new ArrayList<>();
    Map<String, Object> accepted = collection.accept(json.build(), "", violations);
    for (FieldViolation v : violations) {
      problems.add(
          new RowProblem(row.line(), columnOf.getOrDefault(v.field(), v.field()), v.message()));
    }
    return accepted;
  }

  /** A cell as the JSON value the API would have been sent. */
  static JsonValue cell(ModuleDefinition.Field field, String text) {
    var json = RecordValues.json();
    return switch (field.type()) {
      case NUMBER, MONEY, PERCENT -> {
        BigDecimal n = number(text, field.type() == FieldType.PERCENT);
        yield n == null ? json.createValue(text) : json.createValue(n);
      }
      case DATE -> json.createValue(LenientDates.parse(text).map(Object::toString).orElse(text));
      case BOOLEAN -> {
        Boolean b = yesNo(text);
        yield b == null ? json.createValue(text) : b ? JsonValue.TRUE : JsonValue.FALSE;
      }
      case CHOICE ->
          json.createValue(
              field.choices().stream()
                  .filter(c -> c.equalsIgnoreCase(text))
                  .findFirst()
                  .orElse(text));
      case TEXT -> json.createValue(text);
    };
  }

  /** 1,200,000 / 120万 / ¥300 / 35% as a number; null when it is none. */
  static BigDecimal number(String text, boolean percent) {
    String t = text.replace(" ", "").replace("\u00A0", "");
    t = t.replaceFirst("^(¥|￥|CNY|RMB)", "");
    if (percent && t.endsWith("%")) {
      t = t.substring(0, t.length() - 1);
    }
    BigDecimal scale = BigDecimal.ONE;
    Matcher m = SCALED.matcher(t);
    if (m.matches()) {
      t = m.group(1);
      scale = "万".equals(m.group(2)) ? TEN_THOUSAND : HUNDRED_MILLION;
    } else if (t.endsWith("元")) {
      t = t.substring(0, t.length() - 1);
    }
    if (GROUPED.matcher(t).matches()) {
      t = t.replace(",", "");
    }
    try {
      return new BigDecimal(t).multiply(scale);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static Boolean yesNo(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y", "1", "是", "有", "对", "√" -> true;
      case "false", "no", "n", "0", "否", "无", "没有", "×" -> false;
      default -> null;
    };
  }

  /**
   * The headers a field answers to: its key, its label and, for a bilingual label such as "年销售额
   * Annual revenue", either part alone.
   */
  static List<String> names(ModuleDefinition.Field f) {
    List<String> names = new ArrayList<>(List.of(normalize(f.key()), normalize(f.label())));
    String[] parts = f.label().strip().split("\\s+", 2);
    if (parts.length == 2 && !parts[0].chars().allMatch(ch -> ch < 128)) {
      names.add(normalize(parts[0]));
      names.add(normalize(parts[1]));
    }
    return names;
  }

  static String normalize(String header) {
    return TabularFile.headerKey(header);
  }

  private static String trimToNull(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    return v.isEmpty() ? null : v;
  }
}
