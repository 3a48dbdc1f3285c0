package io.linchpin.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linchpin.people.domain.imports.RowProblem;
import io.linchpin.shared.tabular.SourceRow;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A spreadsheet of signals is read the way HR systems write it, and checked cell by cell. */
class SignalFileTest {

  private static final YearMonth NOW = YearMonth.of(2026, 12);

  @Test
  void monthsAreReadInTheStylesSystemsWrite() {
    for (String text :
        List.of("2026-11", "2026/11", "2026.11", "202611", "2026年11月", " 2026-11 ")) {
      assertEquals(YearMonth.of(2026, 11), SignalEntry.month(text), text);
    }
    assertEquals(YearMonth.of(2026, 3), SignalEntry.month("2026年3月"));
    assertEquals(null, SignalEntry.month("2026-13"));
    assertEquals(null, SignalEntry.month("Nov 2026"));
  }

  @Test
  void aRowBecomesOneEntryPerFilledColumn() {
    List<RowProblem> problems = new ArrayList<>();
    SignalFile file =
        SignalFile.layout(List.of("工号", "月份", "出差天数", "报销金额", "绩效得分"), problems).orElseThrow();
    List<SignalEntry> entries =
        file.entries(
            new SourceRow(2, List.of("E1", "2026/11", "7", "¥8,200.50", "")), NOW, problems);
    assertTrue(problems.isEmpty(), problems.toString());
    assertEquals(2, entries.size());
    assertEquals(SignalSeries.EXPENSE_AMOUNT, entries.get(1).series());
    assertEquals(0, new BigDecimal("8200.50").compareTo(entries.get(1).value()));
  }

  @Test
  void everyBadCellIsNamedAndABadMonthOnce() {
    List<RowProblem> problems = new ArrayList<>();
    SignalFile file =
        SignalFile.layout(List.of("工号", "月份", "出差天数", "绩效得分"), problems).orElseThrow();
    file.entries(new SourceRow(3, List.of("E1", "2027-01", "x", "120")), NOW, problems);
    assertEquals(
        List.of(new RowProblem(3, "月份", "must lie between 2000-01 and 2026-12")), problems);
    problems.clear();
    file.entries(new SourceRow(4, List.of("E1", "2026-11", "-2", "120.5")), NOW, problems);
    assertEquals(
        List.of(
            new RowProblem(4, "出差天数", "must be at least 0"),
            new RowProblem(4, "绩效得分", "a performance score is at most 100")),
        problems);
    problems.clear();
    file.entries(new SourceRow(5, List.of("E1", "2026-11", "", "")), NOW, problems);
    assertEquals(List.of(new RowProblem(5, null, "holds no value")), problems);
  }

  @Test
  void aHeaderWithoutThePersonOrMonthOrNamingNoSignalIsRefused() {
    List<RowProblem> problems = new ArrayList<>();
    assertTrue(SignalFile.layout(List.of("姓名", "出差天数"), problems).isEmpty());
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.get(0).message().startsWith("names no signal"));
  }
}
