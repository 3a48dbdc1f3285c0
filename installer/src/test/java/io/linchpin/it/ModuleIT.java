package io.linchpin.it;

import static io.linchpin.it.LinchpinDeployment.BASE;
import static io.linchpin.it.LinchpinDeployment.database;
import static io.linchpin.it.LinchpinDeployment.unique;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Modules on the real server: an HR admin defines a module without code, revises it, HR enters a
 * person's records, the metrics and rules come out of the sandboxed formulas, and each role sees
 * only the people in its reach.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModuleIT {

  private final Api admin = Api.as(BASE, "hr.admin");
  private final Map<String, Long> ids = new HashMap<>();
  private final Map<String, Api> as = new HashMap<>();
  private String tag;
  private String key;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return LinchpinDeployment.ear();
  }

  @BeforeAll
  void twoUnitsAndAnHrPartnerForOne() {
    tag = unique("");
    key = "suppliers-" + tag.toLowerCase(Locale.ROOT);
    long root = OrgUnits.create(admin, "MD", "模块" + tag, null);
    long bu1 = OrgUnits.create(admin, "MD", "采购一部", root);
    long bu2 = OrgUnits.create(admin, "MD", "采购二部", root);
    hire("P", bu1);
    hire("A", bu1);
    hire("B", bu2);
    hire("I", bu1);
    assertEquals(
        200,
        admin.put("/api/v1/org-units/" + bu1 + "/hr-partners/" + ids.get("P"), Map.of()).status());
    String user = "md-bp-" + tag.toLowerCase(Locale.ROOT);
    KeycloakAdmin.get().createUser(user, "MD" + tag + "P", "hr-bp");
    as.put("hr-bp", Api.as(BASE, user));
  }

  @Test
  void aModuleIsDefinedRevisedFilledAndComputedWithoutCode() throws Exception {
    Api.Reply created = admin.post("/api/v1/modules", definition(false));
    assertEquals(201, created.status(), created.body());
    assertEquals(1, created.json().get("version").asInt());
    assertEquals(409, admin.post("/api/v1/modules", definition(false)).status());

    Api hrbp = as.get("hr-bp");
    String people = "/api/v1/modules/" + key + "/people/" + ids.get("A");
    for (Object[] s :
        List.of(
            new Object[] {"宝钢", "2017-03-01", 4_000_000, "NONE"},
            new Object[] {"鞍钢", "2023-05-01", 1_000_000, "FULL"})) {
      Api.Reply added =
          hrbp.post(
              people + "/records",
              Map.of(
                  "collection",
                  "suppliers",
                  "values",
                  Map.of("supplier", s[0], "since", s[1], "annualSpend", s[2], "backup", s[3])));
      assertEquals(201, added.status(), added.body());
    }
    JsonNode metrics = hrbp.get(people + "/metrics").json();
    assertEquals(5_000_000.0, metric(metrics, "spend").asDouble(), metrics.toString());
    assertEquals(1, metric(metrics, "longStanding").asInt());
    assertTrue(rule(metrics, "soleContact"), metrics.toString());

    Api.Reply revised = admin.put("/api/v1/modules/" + key, definition(true));
    assertEquals(200, revised.status(), revised.body());
    assertEquals(2, revised.json().get("version").asInt());
    assertEquals(2, admin.get("/api/v1/modules/" + key + "/versions").json().size());
    JsonNode records = hrbp.get(people).json();
    assertEquals(2, records.size(), "records entered under version 1 survive version 2");
    JsonNode first = records.get(0);
    assertEquals("宝钢", first.get("values").get("supplier").asText());
    assertEquals("NONE", first.get("retired").get("backup").asText(), "a dropped field is kept");
    Api.Reply changed =
        hrbp.put(
            people + "/records/" + first.get("id").asLong(),
            Map.of(
                "values",
                Map.of(
                    "supplier",
                    "宝钢集团",
                    "since",
                    "2017-03-01",
                    "annualSpend",
                    4_500_000,
                    "category",
                    "钢材")));
    assertEquals(200, changed.status(), changed.body());
    assertEquals(2, changed.json().get("moduleVersion").asInt());
    assertEquals("NONE", changed.json().get("retired").get("backup").asText());
    metrics = hrbp.get(people + "/metrics").json();
    assertEquals(2, metrics.get("version").asInt());
    assertEquals(5_500_000.0, metric(metrics, "spend").asDouble(), metrics.toString());
    assertEquals(1.0, metric(metrics, "steel").asDouble(), metrics.toString());

    try (Connection db = database();
        PreparedStatement q =
            db.prepareStatement(
                "select count(*) from module_record where employee_id = ? and record_values like ?")) {
      q.setLong(1, ids.get("A"));
      q.setString(2, "%宝钢%");
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        assertEquals(0, rs.getInt(1), "record values are sealed at rest");
      }
    }
    assertEquals(
        204, hrbp.delete(people + "/records/" + records.get(1).get("id").asLong()).status());
    assertEquals(1, hrbp.get(people).json().size());
  }

  @Test
  void badDefinitionsAndRecordsAreRefusedWithEveryProblemAndLeaveNothing() {
    Map<String, Object> bad = new HashMap<>();
    bad.put("key", "bad-" + tag.toLowerCase(Locale.ROOT));
    bad.put("name", "坏模块");
    bad.put(
        "collections",
        List.of(Map.of("key", "items", "fields", List.of(Map.of("key", "cost", "type", "MONEY")))));
    bad.put(
        "metrics",
        List.of(
            Map.of("key", "total", "formula", "sum(items.map(i, i.costs))"),
            Map.of("key", "escape", "formula", "java.lang.Runtime.getRuntime()")));
    Api.Reply refused = admin.post("/api/v1/modules", bad);
    assertEquals(400, refused.status(), refused.body());
    assertEquals(Set.of("metrics[0].formula", "metrics[1].formula"), refused.fields());
    assertEquals(404, admin.get("/api/v1/modules/" + bad.get("key")).status());

    Api.Reply templates = admin.get("/api/v1/modules");
    Set<String> keys = new HashSet<>();
    templates.json().forEach(m -> keys.add(m.get("key").asText()));
    assertTrue(
        keys.containsAll(Set.of("sales-customers", "rnd-knowledge", "project-management")),
        keys.toString());

    String people = "/api/v1/modules/sales-customers/people/" + ids.get("A");
    int before = admin.get(people).json().size();
    Api.Reply wrong =
        admin.post(
            people + "/records",
            Map.of(
                "collection",
                "customers",
                "values",
                Map.of("since", "last spring", "annualRevenue", -1, "successorCoverage", "MAYBE")));
    assertEquals(400, wrong.status(), wrong.body());
    assertEquals(
        Set.of(
            "values.customer", "values.since", "values.annualRevenue", "values.successorCoverage"),
        wrong.fields());
    assertEquals(before, admin.get(people).json().size());
    assertEquals(
        404,
        admin
            .post(people + "/records", Map.of("collection", "planets", "values", Map.of()))
            .status());
  }

  @Test
  void recordsAreImportedFromCsvAndXlsxAllOrNothing() throws Exception {
    String collection = "/api/v1/modules/sales-customers/collections/customers";
    Api.Reply template = admin.get(collection + "/import-template");
    assertEquals(200, template.status(), template.body());
    assertTrue(
        template.body().replace("\uFEFF", "").startsWith("工号,记录编号,客户 Customer,合作起始"),
        template.body());
    assertTrue(admin.get(collection + "/import-template?lang=en").body().contains("annualRevenue"));

    String number = "MD" + tag + "I";
    String people = "/api/v1/modules/sales-customers/people/" + ids.get("I");
    String bad =
        "工号,客户,合作起始,年销售额,继任者覆盖\n"
            + number
            + ",华东电力,2018/6/1,120万,NONE\n"
            + "NOBODY"
            + tag
            + ",华北电网,2019-01-01,10,NONE\n"
            + number
            + ",南方电网,2019-02-30,10,SOMETIMES\n";
    JsonNode rejected = importCsv(collection, bad);
    assertEquals("REJECTED", rejected.get("status").asText(), rejected.toString());
    assertEquals("sales-customers/customers", rejected.get("target").asText());
    Set<String> errors = new HashSet<>();
    rejected
        .get("errors")
        .forEach(
            e ->
                errors.add(
                    e.get("line").asInt()
                        + ":"
                        + e.get("column").asText()
                        + ":"
                        + e.get("message").asText()));
    assertEquals(
        Set.of(
            "3:工号:no employee has the number NOBODY" + tag,
            "4:合作起始:must be a date like 2024-03-05",
            "4:继任者覆盖:must be one of [NONE, PARTIAL, FULL]"),
        errors);
    assertEquals(0, admin.get(people).json().size(), "a refused file writes nothing");

    String good =
        "工号,客户,合作起始,年销售额,占个人业绩,继任者覆盖\n"
            + number
            + ",华东电力,2018/6/1,120万,35%,NONE\n"
            + number
            + ",\"华北电网, 北京\",2019年1月1日,\"800,000\",,partial\n";
    JsonNode done = importCsv(collection, good);
    assertEquals("COMPLETED", done.get("status").asText(), done.toString());
    assertEquals(2, done.get("created").asInt());
    JsonNode records = admin.get(people).json();
    assertEquals(2, records.size(), records.toString());
    JsonNode first = records.get(0).get("values");
    assertEquals("华东电力", first.get("customer").asText());
    assertEquals("2018-06-01", first.get("since").asText());
    assertEquals(1_200_000.0, first.get("annualRevenue").asDouble());
    assertEquals(35.0, first.get("share").asDouble());
    assertEquals("PARTIAL", records.get(1).get("values").get("successorCoverage").asText());

    long firstId = records.get(0).get("id").asLong();
    byte[] workbook;
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
            new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      var sheet = book.createSheet();
      var header = sheet.createRow(0);
      String[] names = {"employeeNumber", "recordId", "customer", "lastContact"};
      for (int i = 0; i < names.length; i++) {
        header.createCell(i).setCellValue(names[i]);
      }
      var dates = book.createCellStyle();
      dates.setDataFormat(book.createDataFormat().getFormat("yyyy/m/d"));
      var change = sheet.createRow(1);
      change.createCell(0).setCellValue(number);
      change.createCell(1).setCellValue(firstId);
      change.createCell(2).setCellValue("华东电力集团");
      change.createCell(3).setCellValue(java.time.LocalDate.of(2026, 11, 2));
      change.getCell(3).setCellStyle(dates);
      book.write(out);
      workbook = out.toByteArray();
    }
    Api.Reply submitted =
        admin.postRaw(
            collection + "/imports?fileName=crm.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            workbook);
    assertEquals(202, submitted.status(), submitted.body());
    long importId = submitted.json().get("id").asLong();
    assertTrue(submitted.location().endsWith("/api/v1/imports/" + importId), submitted.location());
    done = Imports.await(admin, "/api/v1/imports/" + importId);
    assertEquals("COMPLETED", done.get("status").asText(), done.toString());
    assertEquals(1, done.get("updated").asInt(), done.toString());
    JsonNode changed = admin.get(people).json().get(0).get("values");
    assertEquals("华东电力集团", changed.get("customer").asText());
    assertEquals("2026-11-02", changed.get("lastContact").asText());
    assertEquals(1_200_000.0, changed.get("annualRevenue").asDouble(), "other fields are kept");

    String elsewhere = "工号,记录编号,客户\n" + "MD" + tag + "A," + firstId + ",X\n";
    JsonNode foreign = importCsv(collection, elsewhere);
    assertEquals("REJECTED", foreign.get("status").asText(), foreign.toString());
    assertEquals(
        "is a record of another person, not of MD" + tag + "A",
        foreign.get("errors").get(0).get("message").asText());

    Api.Reply partner =
        as.get("hr-bp").postRaw(collection + "/imports", "text/csv", good.getBytes(UTF_8));
    assertEquals(403, partner.status(), "bulk imports are for HR admins");
    Api.Reply planets =
        admin.postRaw(
            "/api/v1/modules/sales-customers/collections/planets/imports",
            "text/csv",
            good.getBytes(UTF_8));
    assertEquals(404, planets.status(), planets.body());
    assertEquals(2, admin.get(people).json().size());
  }

  private JsonNode importCsv(String collection, String csv) {
    Api.Reply submitted =
        admin.postRaw(collection + "/imports?fileName=crm.csv", "text/csv", csv.getBytes(UTF_8));
    assertEquals(202, submitted.status(), submitted.body());
    return Imports.await(admin, "/api/v1/imports/" + submitted.json().get("id").asLong());
  }

  @Test
  void modulesDataFollowsEachRolesReach() {
    Api hrbp = as.get("hr-bp");
    String outside = "/api/v1/modules/sales-customers/people/" + ids.get("B");
    assertEquals(404, hrbp.get(outside).status());
    assertEquals(404, hrbp.get(outside + "/metrics").status());
    assertEquals(
        404,
        hrbp.post(
                outside + "/records",
                Map.of(
                    "collection",
                    "customers",
                    "values",
                    Map.of(
                        "customer",
                        "x",
                        "since",
                        "2020-01-01",
                        "annualRevenue",
                        1,
                        "successorCoverage",
                        "NONE")))
            .status());
    assertEquals(403, hrbp.post("/api/v1/modules", definition(false)).status());
    assertEquals(200, admin.get(outside + "/metrics").status());
  }

  @Test
  void aModuleWrittenInJavaIsLoadedFromItsJarWithItsSettings() {
    Api.Reply extension = admin.get("/api/v1/modules/certifications");
    assertEquals(200, extension.status(), extension.body());
    JsonNode m = extension.json();
    assertEquals("EXTENSION", m.get("source").asText());
    JsonNode issuer = null;
    for (JsonNode f : m.get("definition").get("collections").get(0).get("fields")) {
      if (f.get("key").asText().equals("issuer")) {
        issuer = f;
      }
    }
    assertEquals("CHOICE", issuer.get("type").asText(), "the issuers setting makes it a choice");
    assertEquals("[\"PMI\",\"ISACA\"]", issuer.get("choices").toString());
    assertTrue(
        m.get("definition").get("metrics").toString().contains("<= 6"),
        "the warning period comes from linchpin.module.certifications.expiryWarningMonths");

    String people = "/api/v1/modules/certifications/people/" + ids.get("A");
    Api.Reply added =
        as.get("hr-bp")
            .post(
                people + "/records",
                Map.of(
                    "collection",
                    "certificates",
                    "values",
                    Map.of(
                        "name",
                        "CISA",
                        "issuer",
                        "ISACA",
                        "expires",
                        java.time.LocalDate.now().plusMonths(2).toString(),
                        "exclusive",
                        true)));
    assertEquals(201, added.status(), added.body());
    JsonNode metrics = as.get("hr-bp").get(people + "/metrics").json();
    assertEquals(1, metric(metrics, "expiringSoon").asInt(), metrics.toString());
    assertTrue(rule(metrics, "soleHolder"));
  }

  private Map<String, Object> definition(boolean revised) {
    List<Map<String, Object>> fields =
        new java.util.ArrayList<>(
            List.of(
                Map.of("key", "supplier", "type", "TEXT", "required", true),
                Map.of("key", "since", "type", "DATE", "required", true),
                Map.of("key", "annualSpend", "type", "MONEY", "required", true)));
    if (revised) {
      fields.add(Map.of("key", "category", "type", "TEXT"));
    } else {
      fields.add(Map.of("key", "backup", "type", "CHOICE", "choices", List.of("NONE", "FULL")));
    }
    List<Map<String, Object>> metrics =
        new java.util.ArrayList<>(
            List.of(
                Map.of("key", "spend", "formula", "sum(suppliers.map(s, s.annualSpend))"),
                Map.of(
                    "key",
                    "longStanding",
                    "formula",
                    "suppliers.filter(s, yearsBetween(s.since, today) >= 5).size()")));
    List<Map<String, Object>> rules = List.of();
    if (revised) {
      metrics.add(
          Map.of(
              "key",
              "steel",
              "formula",
              "double(suppliers.filter(s, has(s.category) && s.category == '钢材').size())"));
    } else {
      rules =
          List.of(
              Map.of(
                  "key",
                  "soleContact",
                  "label",
                  "只有本人对接的供应商",
                  "when",
                  "suppliers.exists(s, s.backup == 'NONE')"));
    }
    Map<String, Object> d = new HashMap<>();
    d.put("key", key);
    d.put("name", "供应商关系 " + tag);
    d.put("roleFamily", "operations");
    d.put("collections", List.of(Map.of("key", "suppliers", "label", "供应商", "fields", fields)));
    d.put("metrics", metrics);
    d.put("rules", rules);
    return d;
  }

  /** A metric's value in a module evaluation answer. */
  static JsonNode metric(JsonNode evaluation, String key) {
    for (JsonNode m : evaluation.get("metrics")) {
      if (m.get("key").asText().equals(key)) {
        return m.get("value");
      }
    }
    throw new AssertionError("no metric " + key + " in " + evaluation);
  }

  private static boolean rule(JsonNode evaluation, String key) {
    for (JsonNode r : evaluation.get("rules")) {
      if (r.get("key").asText().equals(key)) {
        assertFalse(r.hasNonNull("error"), r.toString());
        return r.get("triggered").asBoolean();
      }
    }
    throw new AssertionError("no rule " + key + " in " + evaluation);
  }

  private void hire(String k, long unit) {
    Map<String, Object> hire = new HashMap<>();
    hire.put("employeeNumber", "MD" + tag + k);
    hire.put("fullName", "模块" + k + tag);
    hire.put("hireDate", "2016-05-01");
    hire.put("orgUnitId", unit);
    Api.Reply reply = admin.post("/api/v1/employees", hire);
    assertEquals(201, reply.status(), reply.body());
    ids.put(k, reply.json().get("id").asLong());
  }
}
