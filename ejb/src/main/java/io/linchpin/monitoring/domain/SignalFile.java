package io.linchpin.monitoring.domain;

import io.linchpin.people.domain.imports.RowProblem;
import io.linchpin.shared.tabular.SourceRow;
import io.linchpin.shared.tabular.TabularFile;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a spreadsheet of signals is read: one row per person and month — the employee number (工号),
 * the month (月份: 2026-11, 2026/11, 2026年11月) and a column per series; an empty cell records nothing
 * for that series.
 */
public final class SignalFile {

  private static final Map<SignalSeries, List<String>> HEADERS = new LinkedHashMap<>();

  static {
    HEADERS.put(SignalSeries.ATTENDANCE_HOURS, List.of("attendanceHours", "出勤小时", "出勤时长"));
    HEADERS.put(SignalSeries.OVERTIME_HOURS, List.of("overtimeHours", "加班小时", "加班时长"));
    HEADERS.put(SignalSeries.TRIP_DAYS, List.of("tripDays", "出差天数"));
    HEADERS.put(SignalSeries.EXPENSE_AMOUNT, List.of("expenseAmount", "报销金额"));
    HEADERS.put(SignalSeries.HOTEL_NIGHT_COST, List.of("hotelNightCost", "酒店每晚费用", "住宿每晚费用"));
    HEADERS.put(SignalSeries.PERFORMANCE_SCORE, List.of("performanceScore", "绩效得分", "绩效分数"));
  }

  private static final List<String> EMPLOYEE = List.of("employeeNumber", "工号", "员工编号");
  private static final List<String> PERIOD = List.of("period", "month", "月份", "期间");

  private final int employeeColumn;
  private final int periodColumn;
  private final Map<Integer, SignalSeries> seriesColumns;
  private final List<String> header;

  private SignalFile(
      List<String> header, int employee, int period, Map<Integer, SignalSeries> series) {
    this.header = header;
    this.employeeColumn = employee;
    this.periodColumn = period;
    this.seriesColumns = series;
  }

  public static List<String> templateHeader(boolean chinese) {
    List<String> h = new ArrayList<>();
    h.add(chinese ? "工号" : "employeeNumber");
    h.add(chinese ? "月份" : "period");
    HEADERS.values().forEach(names -> h.add(chinese ? names.get(1) : names.get(0)));
    return h;
  }

  /** Reads the header row; empty, with the problems added, when the file cannot be read by it. */
  public static Optional<SignalFile> layout(List<String> header, List<RowProblem> problems) {
    int employee = -1;
    int period = -1;
    Map<Integer, SignalSeries> series = new LinkedHashMap<>();
    int before = problems.size();
    for (int i = 0; i < header.size(); i++) {
      String name = TabularFile.headerName(header.get(i));
      String key = normalize(name);
      if (key.isEmpty()) {
        continue;
      }
      if (matches(EMPLOYEE, key)) {
        employee = i;
      } else if (matches(PERIOD, key)) {
        period = i;
      } else {
        SignalSeries s =
            HEADERS.entrySet().stream()
                .filter(e -> matches(e.getValue(), key) || normalize(e.getKey().name()).equals(key))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
        if (s == null) {
          problems.add(
              new RowProblem(
                  1,
                  name,
                  "names no signal; use "
                      + String.join(", ", templateHeader(false).subList(2, 8))));
        } else if (series.containsValue(s)) {
          problems.add(new RowProblem(1, name, "names " + s + " again"));
        } else {
          series.put(i, s);
        }
      }
    }
    if (employee < 0) {
      problems.add(
          new RowProblem(1, null, "required column employeeNumber is missing (e.g. \"工号\")"));
    }
    if (period < 0) {
      problems.add(new RowProblem(1, null, "required column period is missing (e.g. \"月份\")"));
    }
    if (series.isEmpty()) {
      problems.add(new RowProblem(1, null, "no column names a signal"));
    }
    return problems.size() == before
        ? Optional.of(new SignalFile(header, employee, period, series))
        : Optional.empty();
  }

  public String employeeNumber(SourceRow row) {
    String v = row.cell(employeeColumn);
    return v == null || v.isBlank() ? null : v.strip();
  }

  public String employeeHeader() {
    return header.get(employeeColumn).strip();
  }

  /** The row's values, checked; problems named by the row's line and the column. */
  public List<SignalEntry> entries(SourceRow row, YearMonth current, List<RowProblem> problems) {
    List<SignalEntry> entries = new ArrayList<>();
    String periodHeader = header.get(periodColumn).strip();
    String periodText = row.cell(periodColumn);
    if (periodText == null || periodText.isBlank()) {
      problems.add(new RowProblem(row.line(), periodHeader, "is required"));
      return entries;
    }
    for (String p : SignalEntry.problems("TRIP_DAYS", periodText, BigDecimal.ZERO, current)) {
      problems.add(new RowProblem(row.line(), periodHeader, p.substring(p.indexOf(':') + 2)));
      return entries;
    }
    boolean any = false;
    for (Map.Entry<Integer, SignalSeries> c : seriesColumns.entrySet()) {
      String cell = row.cell(c.getKey());
      if (cell == null || cell.isBlank()) {
        continue;
      }
      any = true;
      String column = header.get(c.getKey()).strip();
      BigDecimal value;
      try {
        value = new BigDecimal(cell.strip().replace(",", "").replaceFirst("^[¥￥]", ""));
      } catch (NumberFormatException e) {
        problems.add(new RowProblem(row.line(), column, "must be a number"));
        continue;
      }
      List<String> wrong = SignalEntry.problems(c.getValue().name(), periodText, value, current);
      wrong.forEach(
          p -> problems.add(new RowProblem(row.line(), column, p.substring(p.indexOf(':') + 2))));
      if (wrong.isEmpty()) {
        entries.add(SignalEntry.of(c.getValue().name(), periodText, value));
      }
    }
    if (!any) {
      problems.add(new RowProblem(row.line(), null, "holds no value"));
    }
    return entries;
  }

  private static boolean matches(List<String> names, String key) {
    return names.stream().anyMatch(n -> normalize(n).equals(key));
  }

  private static String normalize(String header) {
    return TabularFile.headerKey(header);
  }
}
