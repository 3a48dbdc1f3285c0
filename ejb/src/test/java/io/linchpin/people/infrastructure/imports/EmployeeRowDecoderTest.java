package io.linchpin.people.infrastructure.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linchpin.people.domain.imports.ImportField;
import io.linchpin.people.domain.imports.RowProblem;
import io.linchpin.shared.tabular.SourceRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmployeeRowDecoderTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
  private static final List<String> CHINESE =
      List.of("工号", "姓名", "部门", "入职日期", "身份证号", "基本工资", "手机", "直属上级工号");

  @Test
  void decodesAValidRowWithChineseTemplateHeaders() {
    EmployeeRowDecoder.Result result =
        decode(
            CHINESE,
            "E100",
            "张三",
            " 研发中心 / 平台组 ",
            "2019年3月5日",
            "110101199003076632",
            "¥12,000.00",
            "+86 138 1234 5678",
            "E001");
    assertTrue(result.problems().isEmpty(), result.problems().toString());
    EmployeeRecord r = result.record();
    assertEquals("E100", r.employeeNumber());
    assertEquals("研发中心/平台组", r.orgUnitPath());
    assertEquals(LocalDate.of(2019, 3, 5), r.hireDate());
    assertEquals(new BigDecimal("12000.00"), r.baseSalary());
    assertEquals("13812345678", r.personalData().phone());
    assertEquals("E001", r.managerNumber());
  }

  @Test
  void reportsEveryBadCellWithLineAndTheFilesColumnName() {
    EmployeeRowDecoder.Result result =
        decode(CHINESE, "E 1", "", "", "2019-02-30", "110101199003076633", "abc", "12345", "");
    assertNull(result.record());
    assertEquals(
        List.of(
            new RowProblem(7, "工号", "must be 1 to 32 letters, digits, '.', '_' or '-'"),
            new RowProblem(
                7,
                "入职日期",
                "is not an existing date (write e.g. 2019-03-05, 2019/3/5 or 2019年3月5日)"),
            new RowProblem(7, "基本工资", "is not an amount like 12000.00"),
            new RowProblem(7, "姓名", "is required"),
            new RowProblem(7, "手机", "is not a mainland mobile (11 digits) or landline number"),
            new RowProblem(7, "身份证号", "check digit does not match (GB 11643)")),
        result.problems());
  }

  @Test
  void savedMappingReadsAnotherSystemsHeaders() {
    ColumnLayout layout =
        ColumnLayout.of(
            List.of("Staff ID", "Display Name", "Joined", "Cost Centre"),
            Map.of(
                "Staff ID", ImportField.EMPLOYEE_NUMBER,
                "Display Name", ImportField.FULL_NAME,
                "Joined", ImportField.HIRE_DATE));
    assertTrue(layout.problems().isEmpty());
    assertEquals(List.of("Cost Centre"), layout.ignoredColumns());
    EmployeeRowDecoder.Result result =
        new EmployeeRowDecoder(layout, TODAY)
            .decode(new SourceRow(2, List.of("S-9", "Alice", "2020/1/2", "CC1")));
    assertEquals("Alice", result.record().personalData().fullName());
  }

  @Test
  void missingRequiredColumnsAreAFileProblemOnTheHeaderLine() {
    ColumnLayout layout = ColumnLayout.of(List.of("姓名", "部门"), Map.of());
    assertEquals(2, layout.problems().size());
    assertTrue(layout.problems().stream().allMatch(p -> p.line() == 1));
  }

  @Test
  void aFieldNamedByTwoColumnsIsRefused() {
    ColumnLayout layout = ColumnLayout.of(List.of("工号", "员工编号", "姓名", "入职日期"), Map.of());
    assertEquals(1, layout.problems().size());
    assertEquals("员工编号", layout.problems().get(0).column());
  }

  private static EmployeeRowDecoder.Result decode(List<String> header, String... cells) {
    ColumnLayout layout = ColumnLayout.of(header, Map.of());
    return new EmployeeRowDecoder(layout, TODAY).decode(new SourceRow(7, List.of(cells)));
  }
}
