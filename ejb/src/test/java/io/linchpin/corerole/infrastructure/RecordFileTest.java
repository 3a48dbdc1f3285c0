package io.linchpin.corerole.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linchpin.corerole.domain.module.ModuleDefinition;
import io.linchpin.corerole.domain.module.RecordFile;
import io.linchpin.people.domain.imports.RowProblem;
import io.linchpin.shared.tabular.SourceRow;
import io.linchpin.shared.tabular.TabularFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A file of module records is read the way people type it and checked like the API. */
class RecordFileTest {

  private final ModuleDefinition.Collection customers = customers();

  @Test
  void headersNameFieldsByKeyLabelOrTheChinesePartOfTheLabel() {
    List<RowProblem> problems = new ArrayList<>();
    RecordFile file =
        RecordFile.layout(
                customers,
                List.of("\uFEFF工号", "客户", "Working with them since", "annual_revenue", "继任者覆盖"),
                problems)
            .orElseThrow();
    assertTrue(problems.isEmpty(), problems.toString());
    SourceRow row = new SourceRow(2, List.of("E1", "华东电力", "2018/6/1", "120万", "partial"));
    Map<String, Object> values = file.values(row, Map.of(), problems);
    assertTrue(problems.isEmpty(), problems.toString());
    assertEquals("E1", file.employeeNumber(row));
    assertEquals("华东电力", values.get("customer"));
    assertEquals("2018-06-01", values.get("since"));
    assertEquals(1_200_000.0, values.get("annualRevenue"));
    assertEquals("PARTIAL", values.get("successorCoverage"), "choices match without case");
  }

  @Test
  void cellsAreReadTheWayPeopleTypeThem() {
    List<RowProblem> problems = new ArrayList<>();
    RecordFile file =
        RecordFile.layout(
                customers,
                List.of(
                    "employeeNumber",
                    "customer",
                    "since",
                    "annualRevenue",
                    "share",
                    "successorCoverage"),
                problems)
            .orElseThrow();
    Map<String, Object> values =
        file.values(
            new SourceRow(2, List.of("E1", "A", "2019年3月5日", "¥1,250,000.50", "35%", "NONE")),
            Map.of(),
            problems);
    assertTrue(problems.isEmpty(), problems.toString());
    assertEquals("2019-03-05", values.get("since"));
    assertEquals(1_250_000.5, values.get("annualRevenue"));
    assertEquals(35.0, values.get("share"));
  }

  @Test
  void everyBadCellIsNamedByLineAndColumn() {
    List<RowProblem> problems = new ArrayList<>();
    RecordFile file =
        RecordFile.layout(
                customers, List.of("工号", "客户", "合作起始", "年销售额", "占个人业绩", "继任者覆盖"), problems)
            .orElseThrow();
    file.values(
        new SourceRow(7, List.of("E1", "", "2019-02-30", "-5", "150", "SOME")), Map.of(), problems);
    assertEquals(
        List.of(
            new RowProblem(7, "客户", "is required"),
            new RowProblem(7, "合作起始", "must be a date like 2024-03-05"),
            new RowProblem(7, "年销售额", "must be an amount of at least 0"),
            new RowProblem(7, "占个人业绩", "must be a percentage between 0 and 100"),
            new RowProblem(7, "继任者覆盖", "must be one of [NONE, PARTIAL, FULL]")),
        problems);
  }

  @Test
  void aChangedRecordKeepsTheFieldsTheFileHasNoColumnFor() {
    List<RowProblem> problems = new ArrayList<>();
    RecordFile file =
        RecordFile.layout(customers, List.of("工号", "记录编号", "最近联系"), problems).orElseThrow();
    SourceRow row = new SourceRow(2, List.of("E1", "42", "2026-11-02"));
    Map<String, Object> values =
        file.values(
            row,
            Map.of(
                "customer", "A",
                "since", "2018-01-01",
                "annualRevenue", 10.0,
                "successorCoverage", "FULL"),
            problems);
    assertTrue(problems.isEmpty(), problems.toString());
    assertEquals("42", file.recordId(row));
    assertEquals("2026-11-02", values.get("lastContact"));
    assertEquals("A", values.get("customer"));
    assertEquals(10.0, values.get("annualRevenue"));
  }

  @Test
  void aHeaderThatNamesNoFieldRefusesTheFile() {
    List<RowProblem> problems = new ArrayList<>();
    assertTrue(RecordFile.layout(customers, List.of("客户", "年销售", "客户"), problems).isEmpty());
    assertEquals(3, problems.size(), problems.toString());
    assertEquals(new RowProblem(1, "年销售", problems.get(0).message()), problems.get(0));
    assertTrue(problems.get(0).message().startsWith("names no field of customers; the fields are"));
    assertEquals(new RowProblem(1, "客户", "appears twice in the header"), problems.get(1));
    assertTrue(problems.get(2).message().contains("employeeNumber is missing"));
  }

  @Test
  void theTemplateReadsBackAsItsOwnLayout() {
    for (boolean chinese : List.of(true, false)) {
      byte[] csv = TabularFile.csvHeader(RecordFile.templateHeader(customers, chinese));
      assertEquals((byte) 0xEF, csv[0]);
      String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
      assertTrue(text.endsWith("\r\n"));
      try (TabularFile.RowSource source =
          TabularFile.open(
              (text + "E1,,A,2020-01-01,1,,,,NONE\r\n").getBytes(StandardCharsets.UTF_8))) {
        List<RowProblem> problems = new ArrayList<>();
        RecordFile file = RecordFile.layout(customers, source.header(), problems).orElseThrow();
        assertTrue(problems.isEmpty(), problems.toString());
        Map<String, Object> values = file.values(source.next(), Map.of(), problems);
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals(4, values.size(), values.toString());
      }
    }
  }

  @Test
  void formulaLikeLabelsAreDefangedInTheTemplateAndReadBackAsThemselves() {
    for (String label : List.of("=HYPERLINK(\"http://x\")", "+1", "-cost", "@SUM(A1)")) {
      byte[] csv = TabularFile.csvHeader(List.of("工号", label));
      String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
      assertTrue(
          text.startsWith("工号,'" + label.charAt(0)) || text.startsWith("工号,\"'" + label.charAt(0)),
          "a spreadsheet shows the label, never runs it: " + text);
      try (TabularFile.RowSource source =
          TabularFile.open((text + "E1,x\r\n").getBytes(StandardCharsets.UTF_8))) {
        assertEquals(label, TabularFile.headerName(source.header().get(1)));
      }
    }
    assertEquals("'quoted", TabularFile.headerName("'quoted"), "only a defanged formula loses it");
  }

  private static ModuleDefinition.Collection customers() {
    try {
      return ModuleDefinition.parse(
              ModuleDefinitionTest.template("sales-customers"),
              new CelFormulas(),
              new ArrayList<>())
          .collection("customers")
          .orElseThrow();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
