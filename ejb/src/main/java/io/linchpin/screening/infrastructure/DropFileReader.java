package io.linchpin.screening.infrastructure;

import io.linchpin.screening.application.internal.FindingKeeper;
import io.linchpin.screening.domain.CheckPurpose;
import io.linchpin.screening.domain.DataCategory;
import io.linchpin.screening.domain.DroppedRecord;
import io.linchpin.screening.domain.ExternalSources.SourceRecord;
import io.linchpin.shared.ResidentIdNumber;
import io.linchpin.shared.tabular.LenientDates;
import io.linchpin.shared.tabular.SourceRow;
import io.linchpin.shared.tabular.TabularFile;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a file a source dropped: CSV or XLSX with a header row, or JSON {@code {"records": […]}}.
 * Fields: {@code nationalId} (身份证号), {@code category} (类别), {@code kind} (类型), {@code reference}
 * (编号), {@code occurredOn} (日期), optionally {@code amount} (金额), {@code summary} (摘要) and {@code
 * purpose} (用途, default IN_SERVICE). Every problem is named by line (CSV; the header is line 1) or
 * record number (JSON) and field, never by value.
 */
public final class DropFileReader {

  /** The rows of a file, or why it is refused. */
  public record Reading(List<DroppedRecord> rows, List<String> problems) {}

  private static final Map<String, String> HEADERS = new LinkedHashMap<>();

  static {
    alias("nationalId", "national_id", "身份证号", "身份证号码", "证件号码");
    alias("category", "类别", "数据类别");
    alias("kind", "类型", "记录类型");
    alias("reference", "编号", "案号", "记录编号");
    alias("occurredOn", "occurred_on", "date", "日期", "发生日期");
    alias("amount", "金额");
    alias("summary", "摘要", "说明");
    alias("purpose", "用途");
  }

  private static void alias(String field, String... names) {
    HEADERS.put(normalize(field), field);
    for (String n : names) {
      HEADERS.put(normalize(n), field);
    }
  }

  private DropFileReader() {}

  public static Reading read(String fileName, byte[] content) {
    String name = fileName.toLowerCase(Locale.ROOT);
    List<String> problems = new ArrayList<>();
    List<DroppedRecord> rows = new ArrayList<>();
    if (name.endsWith(".json")) {
      readJson(content, rows, problems);
    } else if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".xlsx")) {
      readTable(content, rows, problems);
    } else {
      problems.add("the file must be .csv, .xlsx or .json");
    }
    if (problems.isEmpty() && rows.isEmpty()) {
      problems.add("the file holds no records");
    }
    return new Reading(problems.isEmpty() ? rows : List.of(), problems);
  }

  private static void readTable(byte[] content, List<DroppedRecord> rows, List<String> problems) {
    try (TabularFile.RowSource source = TabularFile.open(content)) {
      Map<String, Integer> columns = new LinkedHashMap<>();
      List<String> header = source.header();
      for (int i = 0; i < header.size(); i++) {
        String field = HEADERS.get(normalize(header.get(i)));
        if (field == null) {
          problems.add("line 1: the column " + (i + 1) + " names no field");
        } else if (columns.putIfAbsent(field, i) != null) {
          problems.add("line 1: " + field + " appears twice");
        }
      }
      for (String required : List.of("nationalId", "category", "kind", "reference", "occurredOn")) {
        if (!columns.containsKey(required)) {
          problems.add("line 1: the column " + required + " is missing");
        }
      }
      if (!problems.isEmpty()) {
        return;
      }
      while (source.hasNext()) {
        SourceRow row = source.next();
        Map<String, String> values = new LinkedHashMap<>();
        columns.forEach((field, column) -> values.put(field, row.cell(column)));
        row(row.line(), "line", values, null, rows, problems);
      }
    } catch (TabularFile.UnreadableFileException e) {
      problems.add(e.getMessage());
    }
  }

  private static void readJson(byte[] content, List<DroppedRecord> rows, List<String> problems) {
    JsonObject root;
    try (JsonReader reader =
        Json.createReader(
            new java.io.InputStreamReader(
                new ByteArrayInputStream(content), StandardCharsets.UTF_8))) {
      JsonValue value = reader.readValue();
      if (!(value instanceof JsonObject o) || !(o.get("records") instanceof JsonArray)) {
        problems.add("the file must be an object with an array \"records\"");
        return;
      }
      root = o;
    } catch (JsonParsingException e) {
      problems.add(
          "the file is not JSON (line "
              + e.getLocation().getLineNumber()
              + ", column "
              + e.getLocation().getColumnNumber()
              + ")");
      return;
    } catch (RuntimeException e) {
      problems.add("the file is not JSON");
      return;
    }
    JsonArray records = root.getJsonArray("records");
    for (int i = 0; i < records.size(); i++) {
      if (!(records.get(i) instanceof JsonObject r)) {
        problems.add("record " + (i + 1) + ": must be an object");
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      BigDecimal amount = null;
      boolean badAmount = false;
      for (Map.Entry<String, JsonValue> e : r.entrySet()) {
        String field = HEADERS.get(normalize(e.getKey()));
        if (field == null) {
          problems.add("record " + (i + 1) + ": " + e.getKey() + " is not a field");
          continue;
        }
        JsonValue v = e.getValue();
        if (v instanceof JsonString s) {
          values.put(field, s.getString());
        } else if (v instanceof JsonNumber n && field.equals("amount")) {
          amount = n.bigDecimalValue();
        } else if (v.getValueType() != JsonValue.ValueType.NULL) {
          if (field.equals("amount")) {
            badAmount = true;
          } else {
            problems.add("record " + (i + 1) + ": " + field + " must be text");
          }
        }
      }
      if (badAmount) {
        problems.add("record " + (i + 1) + ": amount must be a number");
        continue;
      }
      row(i + 1, "record", values, amount, rows, problems);
    }
  }

  private static void row(
      int line,
      String unit,
      Map<String, String> values,
      BigDecimal jsonAmount,
      List<DroppedRecord> rows,
      List<String> problems) {
    int before = problems.size();
    String where = unit + " " + line + ": ";
    String id = trim(values.get("nationalId"));
    if (id == null) {
      problems.add(where + "nationalId is required");
    } else {
      id = ResidentIdNumber.normalize(id);
      String problem = ResidentIdNumber.problem(id).orElse(null);
      if (problem != null) {
        problems.add(where + "nationalId " + problem);
      }
    }
    DataCategory category = DataCategory.parse(trim(values.get("category"))).orElse(null);
    if (category == null) {
      problems.add(
          where + "category must be one of " + java.util.Arrays.toString(DataCategory.values()));
    }
    String purposeText = trim(values.get("purpose"));
    CheckPurpose purpose =
        purposeText == null
            ? CheckPurpose.IN_SERVICE
            : CheckPurpose.parse(purposeText).orElse(null);
    if (purpose == null) {
      problems.add(where + "purpose must be PRE_HIRE or IN_SERVICE");
    }
    String occurred = trim(values.get("occurredOn"));
    LocalDate date = occurred == null ? null : LenientDates.parse(occurred).orElse(null);
    if (occurred != null && date == null) {
      problems.add(where + "occurredOn must be a date like 2026-11-03");
    }
    BigDecimal amount = jsonAmount;
    String amountText = trim(values.get("amount"));
    if (amountText != null) {
      try {
        amount = new BigDecimal(amountText.replace(",", "").replaceFirst("^[¥￥]", ""));
      } catch (NumberFormatException e) {
        problems.add(where + "amount must be a number");
      }
    }
    SourceRecord record =
        new SourceRecord(
            trim(values.get("kind")) == null
                ? null
                : trim(values.get("kind")).toUpperCase(Locale.ROOT),
            trim(values.get("reference")),
            date,
            amount,
            trim(values.get("summary")));
    for (String problem : FindingKeeper.problems(record)) {
      if (!(problem.startsWith("occurredOn") && occurred != null)) {
        problems.add(where + problem);
      }
    }
    if (problems.size() == before) {
      rows.add(new DroppedRecord(line, id, category, purpose, record));
    }
  }

  private static String trim(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    return v.isEmpty() ? null : v;
  }

  private static String normalize(String header) {
    return TabularFile.headerKey(header);
  }
}
