package io.linchpin.it;

import static io.linchpin.it.LinchpinDeployment.BASE;
import static io.linchpin.it.LinchpinDeployment.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bulk import through the real batch job: encodings, formats, all-or-nothing, idempotence. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmployeeImportIT {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final String HEADER = "工号,姓名,部门,职位,入职日期,身份证号,基本工资,手机,直属上级工号\r\n";

  private final Api admin = Api.as(BASE, "hr.admin");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return LinchpinDeployment.ear();
  }

  @Test
  void importsUtf8CsvWithBomQuotedFieldsAndOrgPaths() {
    String p = unique("U");
    String root = "研发中心" + p;
    String csv =
        HEADER
            + p
            + "1,张三,"
            + root
            + "/平台组,软件工程师,2019/3/5,"
            + Imports.residentId()
            + ",\"12,000.00\",13812345678,\r\n"
            + p
            + "2,\"李四, \"\"小李\"\"\",\""
            + root
            + "/平台组\",架构师,2020年1月2日,,30000,,"
            + p
            + "1\r\n"
            + p
            + "3,王五,"
            + root
            + "/算法组,软件工程师,20210601,,,0571-88886666,"
            + p
            + "1\r\n";
    JsonNode done =
        importFile("utf8.csv", "text/csv", concat(BOM, csv.getBytes(StandardCharsets.UTF_8)));
    assertEquals("COMPLETED", done.get("status").asText(), done.toString());
    assertEquals(3, done.get("created").asInt());

    JsonNode list = admin.get("/api/v1/employees?q=" + p + "&sort=employeeNumber").json();
    assertEquals(3, list.get("total").asInt());
    JsonNode li = list.get("items").get(1);
    assertEquals("李四, \"小李\"", li.get("fullName").asText());
    assertEquals(root + "/平台组", li.get("orgUnit").get("label").asText());
    JsonNode details = admin.get("/api/v1/employees/" + li.get("id").asLong()).json();
    assertEquals(
        p + "1",
        employee(details.get("manager").get("id").asLong()).get("employeeNumber").asText());
    assertTrue(
        admin.get("/api/v1/org-units").body().contains(root + "/算法组"), "org path was created");
  }

  /**
   * Defect 13: every HR business partner read every import (file names, counts, the row report). An
   * HR business partner sees the imports that touched one of their units, and no other.
   */
  @Test
  void anHrPartnerSeesOnlyTheImportsThatTouchedTheirUnits() {
    String p = unique("S");
    String root = "导入范围" + p;
    String csv = HEADER + p + "1,赵六," + root + "/甲组,软件工程师,2019-03-05,,,,\r\n";
    String location = Imports.submit(admin, "scope.csv", "text/csv", bytes(csv), null);
    assertEquals("COMPLETED", Imports.await(admin, location).get("status").asText());
    long unit = -1;
    for (JsonNode u : admin.get("/api/v1/org-units").json()) {
      if ((root + "/甲组").equals(u.get("path").asText())) {
        unit = u.get("id").asLong();
      }
    }
    assertTrue(unit > 0, "the import made the unit");
    long other = OrgUnits.create(admin, "IS", "别的部门" + p, null);
    long near = Staff.hire(admin, p + "P", "近处伙伴", unit);
    long far = Staff.hire(admin, p + "Q", "远处伙伴", other);
    Staff.partnerOf(admin, unit, near);
    Staff.partnerOf(admin, other, far);
    String lower = p.toLowerCase(java.util.Locale.ROOT);
    Api nearPartner = Staff.account("imp-near-" + lower, p + "P", "hr-bp");
    Api farPartner = Staff.account("imp-far-" + lower, p + "Q", "hr-bp");

    assertEquals(200, nearPartner.get(location).status());
    assertTrue(nearPartner.get("/api/v1/imports").body().contains("scope.csv"));
    Api.Reply hidden = farPartner.get(location);
    assertEquals(404, hidden.status(), hidden.body());
    Api.Reply list = farPartner.get("/api/v1/imports");
    assertEquals(200, list.status(), list.body());
    assertFalse(list.body().contains("\"id\":" + location.replaceAll(".*/", "") + ","));
  }

  @Test
  void importsGbkFilesFromOlderSystems() {
    String p = unique("G");
    String csv = HEADER + p + "1,欧阳娜娜,财务部" + p + ",会计,2018-07-01,,,13912345678,\r\n";
    JsonNode done = importFile("gbk.csv", "text/csv", csv.getBytes(Charset.forName("GBK")));
    assertEquals("COMPLETED", done.get("status").asText(), done.toString());
    JsonNode item = admin.get("/api/v1/employees?q=" + p).json().get("items").get(0);
    assertEquals("欧阳娜娜", item.get("fullName").asText());
  }

  @Test
  void importsXlsxWorkbooksWithDateCells() throws IOException {
    String p = unique("X");
    byte[] file;
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet();
      Row header = sheet.createRow(0);
      String[] names = {"employee_number", "full_name", "hire_date", "base_salary"};
      for (int i = 0; i < names.length; i++) {
        header.createCell(i).setCellValue(names[i]);
      }
      CellStyle dates = workbook.createCellStyle();
      dates.setDataFormat(workbook.createDataFormat().getFormat("yyyy年m月d日"));
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue(p + "1");
      row.createCell(1).setCellValue("赵敏");
      row.createCell(2).setCellValue(LocalDate.of(2017, 11, 20));
      row.getCell(2).setCellStyle(dates);
      row.createCell(3).setCellValue(18500);
      workbook.write(out);
      file = out.toByteArray();
    }
    JsonNode done =
        importFile(
            "staff.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            file);
    assertEquals("COMPLETED", done.get("status").asText(), done.toString());
    JsonNode item = admin.get("/api/v1/employees?q=" + p).json().get("items").get(0);
    assertEquals("2017-11-20", item.get("hireDate").asText());
  }

  @Test
  void aFileWithAnyBadRowImportsNothingAndReportsEveryProblem() {
    String p = unique("B");
    String csv =
        HEADER
            + p
            + "1,好人甲,,,2019-03-05,,,,\r\n"
            + p
            + "2,坏人乙,,,2019-02-30,,,,\r\n"
            + p
            + "3,好人丙,,,2019-03-05,110101199003076633,,,\r\n"
            + p
            + "1,重复丁,,,2019-03-05,,,,\r\n"
            + p
            + "5,好人戊,,,2019-03-05,,,,NOBODY"
            + p
            + "\r\n";
    JsonNode done = importFile("bad.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    assertEquals("REJECTED", done.get("status").asText(), done.toString());
    List<String> report = new ArrayList<>();
    done.get("errors")
        .forEach(
            e ->
                report.add(
                    e.get("line").asInt()
                        + "|"
                        + e.get("column").asText()
                        + "|"
                        + e.get("message").asText()));
    assertEquals(
        List.of(
            "3|入职日期|is not an existing date (write e.g. 2019-03-05, 2019/3/5 or 2019年3月5日)",
            "4|身份证号|check digit does not match (GB 11643)",
            "5|工号|appears again (first on line 2)",
            "6|直属上级工号|names no employee in the file or in Linchpin"),
        report);
    assertEquals(0, admin.get("/api/v1/employees?q=" + p).json().get("total").asInt());
  }

  @Test
  void importingTheSameFileAgainChangesNothing() {
    String p = unique("R");
    String id1 = Imports.residentId();
    String csv =
        HEADER
            + p
            + "1,陈静,市场部"
            + p
            + ",专员,2019-03-05,"
            + id1
            + ",8000,,\r\n"
            + p
            + "2,林峰,市场部"
            + p
            + ",专员,2019-03-06,,9000,,"
            + p
            + "1\r\n";
    byte[] file = csv.getBytes(StandardCharsets.UTF_8);
    assertEquals(2, importFile("r.csv", "text/csv", file).get("created").asInt());
    JsonNode again = importFile("r.csv", "text/csv", file);
    assertEquals("COMPLETED", again.get("status").asText());
    assertEquals(0, again.get("created").asInt());
    assertEquals(0, again.get("updated").asInt());
    assertEquals(2, again.get("unchanged").asInt());
    JsonNode items = admin.get("/api/v1/employees?q=" + p).json().get("items");
    assertEquals(2, items.size());
    for (JsonNode item : items) {
      assertEquals(
          1, admin.get("/api/v1/employees/" + item.get("id").asLong() + "/history").json().size());
    }
  }

  @Test
  void anIdNumberThatBelongsToSomeoneElseIsRefused() {
    String p = unique("I");
    String nationalId = Imports.residentId();
    String first = HEADER + p + "1,周一,,,2019-03-05," + nationalId + ",,,\r\n";
    assertEquals(
        "COMPLETED",
        importFile("a.csv", "text/csv", first.getBytes(StandardCharsets.UTF_8))
            .get("status")
            .asText());
    String second = HEADER + p + "2,吴二,,,2019-03-05," + nationalId + ",,,\r\n";
    JsonNode refused = importFile("b.csv", "text/csv", second.getBytes(StandardCharsets.UTF_8));
    assertEquals("REJECTED", refused.get("status").asText(), refused.toString());
    assertEquals(
        "this ID number already belongs to employee " + p + "1",
        refused.get("errors").get(0).get("message").asText());
  }

  @Test
  void aSavedColumnMappingReadsAnotherSystemsHeaders() {
    String mapping = unique("legacy-");
    Api.Reply saved =
        admin.put(
            "/api/v1/imports/mappings/" + mapping,
            Map.of(
                "columns",
                Map.of("人员编码", "employeeNumber", "人员姓名", "fullName", "到岗日期", "hireDate")));
    assertEquals(200, saved.status(), saved.body());
    String p = unique("M");
    String csv = "人员编码,人员姓名,到岗日期,备注\r\n" + p + "1,孙丽,2016/9/1,ignored\r\n";
    String location =
        Imports.submit(
            admin,
            "legacy.csv",
            "text/csv",
            csv.getBytes(StandardCharsets.UTF_8),
            "mapping=" + mapping);
    assertEquals("COMPLETED", Imports.await(admin, location).get("status").asText());

    Api.Reply badMapping =
        admin.put(
            "/api/v1/imports/mappings/" + mapping, Map.of("columns", Map.of("x", "salaryOfCeo")));
    assertEquals(400, badMapping.status());
    assertEquals(
        400,
        admin
            .postRaw(
                "/api/v1/imports/employees?mapping=nosuch",
                "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))
            .status());
  }

  @Test
  void theTemplateDownloadsWithChineseOrEnglishHeaders() {
    Api.Reply zh = admin.get("/api/v1/imports/employees/template?lang=zh");
    assertEquals(200, zh.status());
    assertTrue(zh.body().startsWith("\uFEFF工号,姓名"), zh.body());
    Api.Reply en = admin.get("/api/v1/imports/employees/template?lang=en");
    assertTrue(en.body().contains("employee_number,full_name"), en.body());
  }

  @Test
  void importsAnOrgChartWithCodesCreatingMissingParents() {
    String p = unique("");
    String csv =
        "部门路径,部门编码\r\n"
            + "集团"
            + p
            + "/华东"
            + p
            + "/上海"
            + p
            + ",SH-"
            + p
            + "\r\n"
            + "集团"
            + p
            + "/华东"
            + p
            + ",EAST-"
            + p
            + "\r\n";
    byte[] file = csv.getBytes(StandardCharsets.UTF_8);
    JsonNode done = Imports.await(admin, Imports.submitTo(admin, "org-units", "org.csv", file));
    assertEquals("COMPLETED", done.get("status").asText(), done.toString());
    assertEquals(2, done.get("created").asInt());
    JsonNode units = admin.get("/api/v1/org-units").json();
    Map<String, String> codeByPath = new java.util.HashMap<>();
    units.forEach(u -> codeByPath.put(u.get("path").asText(), u.get("code").asText()));
    assertEquals("SH-" + p, codeByPath.get("集团" + p + "/华东" + p + "/上海" + p));
    assertEquals("EAST-" + p, codeByPath.get("集团" + p + "/华东" + p));
    assertTrue(codeByPath.containsKey("集团" + p), "the missing root was created");

    JsonNode again = Imports.await(admin, Imports.submitTo(admin, "org-units", "org.csv", file));
    assertEquals(2, again.get("unchanged").asInt(), again.toString());
  }

  @Test
  void aBrokenOrgChartImportsNothing() {
    String p = unique("");
    String csv =
        "path,code\n"
            + "总部"
            + p
            + "/甲,OK-"
            + p
            + "\n"
            + "总部"
            + p
            + "//乙,\n"
            + "总部"
            + p
            + "/甲,\n"
            + "总部"
            + p
            + "/丙,bad code\n";
    JsonNode done =
        Imports.await(
            admin,
            Imports.submitTo(admin, "org-units", "org.csv", csv.getBytes(StandardCharsets.UTF_8)));
    assertEquals("REJECTED", done.get("status").asText(), done.toString());
    List<String> report = new ArrayList<>();
    done.get("errors")
        .forEach(e -> report.add(e.get("line").asInt() + "|" + e.get("column").asText()));
    assertEquals(List.of("3|path", "4|path", "5|code"), report);
    assertTrue(!admin.get("/api/v1/org-units").body().contains("总部" + p), "nothing was created");
  }

  @Test
  void anEmptyUploadIsRefusedAtOnce() {
    Api.Reply reply = admin.postRaw("/api/v1/imports/employees", "text/csv", new byte[0]);
    assertEquals(400, reply.status(), reply.body());
    assertEquals("file", reply.json().get("errors").get(0).get("field").asText());
  }

  @Test
  void onlyHrAdminsMayImport() {
    Api.Reply reply =
        Api.as(BASE, "hr.bp")
            .postRaw(
                "/api/v1/imports/employees", "text/csv", HEADER.getBytes(StandardCharsets.UTF_8));
    assertEquals(403, reply.status());
  }

  private JsonNode importFile(String name, String contentType, byte[] file) {
    return Imports.await(admin, Imports.submit(admin, name, contentType, file, null));
  }

  private JsonNode employee(long id) {
    return admin.get("/api/v1/employees/" + id).json();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
