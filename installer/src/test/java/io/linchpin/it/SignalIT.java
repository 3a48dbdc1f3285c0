package io.linchpin.it;

import static io.linchpin.it.LinchpinDeployment.BASE;
import static io.linchpin.it.LinchpinDeployment.unique;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
 * Internal signals on the real server: recorded through the API or imported from a spreadsheet, all
 * or nothing either way, a month recorded again replacing the old value.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignalIT {

  private final Api admin = Api.as(BASE, "hr.admin");
  private final YearMonth now = YearMonth.now();
  private String tag;
  private long unit;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return LinchpinDeployment.ear();
  }

  @BeforeAll
  void aUnit() {
    tag = unique("");
    unit = OrgUnits.create(admin, "SG", "信号" + tag, null);
  }

  @Test
  void valuesAreRecordedAllOrNoneAndAMonthAgainReplacesIt() {
    long id = hire("A");
    String signals = "/api/v1/employees/" + id + "/signals";
    Api.Reply bad =
        admin.put(
            signals,
            Map.of(
                "values",
                List.of(
                    Map.of(
                        "series", "TRIP_DAYS", "period", now.minusMonths(1).toString(), "value", 5),
                    Map.of("series", "HOROSCOPE", "period", "2026-13", "value", -1),
                    Map.of(
                        "series",
                        "PERFORMANCE_SCORE",
                        "period",
                        now.plusMonths(1).toString(),
                        "value",
                        101))));
    assertEquals(400, bad.status(), bad.body());
    assertEquals(
        Set.of(
            "values[1].series",
            "values[1].period",
            "values[1].value",
            "values[2].period",
            "values[2].value"),
        bad.fields());
    assertEquals(0, admin.get(signals).json().size(), "nothing of a refused request is kept");

    Api.Reply ok =
        admin.put(
            signals,
            Map.of(
                "values",
                List.of(
                    Map.of(
                        "series", "TRIP_DAYS", "period", now.minusMonths(1).toString(), "value", 5),
                    Map.of(
                        "series",
                        "EXPENSE_AMOUNT",
                        "period",
                        now.minusMonths(1).toString(),
                        "value",
                        8200.5))));
    assertEquals(200, ok.status(), ok.body());
    assertEquals(2, ok.json().get("created").asInt());
    JsonNode again =
        admin
            .put(
                signals,
                Map.of(
                    "values",
                    List.of(
                        Map.of(
                            "series",
                            "TRIP_DAYS",
                            "period",
                            now.minusMonths(1).toString(),
                            "value",
                            6),
                        Map.of(
                            "series",
                            "EXPENSE_AMOUNT",
                            "period",
                            now.minusMonths(1).toString(),
                            "value",
                            8200.50))))
            .json();
    assertEquals(0, again.get("created").asInt());
    assertEquals(1, again.get("updated").asInt());
    assertEquals(1, again.get("unchanged").asInt());
    JsonNode kept = admin.get(signals).json();
    assertEquals(2, kept.size(), kept.toString());
    Map<String, Double> bySeries = new HashMap<>();
    kept.forEach(v -> bySeries.put(v.get("series").asText(), v.get("value").asDouble()));
    assertEquals(6.0, bySeries.get("TRIP_DAYS"));
    assertEquals(403, Api.as(BASE, "it.admin").get(signals).status(), "HR only");
  }

  @Test
  void aSpreadsheetOfSignalsIsImportedAllOrNothing() {
    long id = hire("B");
    String number = "SG" + tag + "B";
    Api.Reply template = admin.get("/api/v1/imports/signals/template");
    assertTrue(
        template.body().replace("\uFEFF", "").startsWith("工号,月份,出勤小时,加班小时,出差天数,报销金额,酒店每晚费用,绩效得分"),
        template.body());
    String m1 = now.minusMonths(2).toString().replace("-", "/");
    String m2 = now.minusMonths(1).getYear() + "年" + now.minusMonths(1).getMonthValue() + "月";
    String bad =
        "工号,月份,出差天数,报销金额,绩效得分\n"
            + number
            + ","
            + m1
            + ",5,\"8,000\",88\n"
            + number
            + ","
            + m1
            + ",6,,\n"
            + "NOBODY"
            + tag
            + ","
            + m2
            + ",3,,\n"
            + number
            + ",2026-13,x,,120\n";
    JsonNode refused = importCsv(bad);
    assertEquals("REJECTED", refused.get("status").asText(), refused.toString());
    Set<String> errors = new HashSet<>();
    refused
        .get("errors")
        .forEach(
            e ->
                errors.add(
                    e.get("line").asInt()
                        + ":"
                        + (e.hasNonNull("column") ? e.get("column").asText() : "")
                        + ":"
                        + e.get("message").asText()));
    assertTrue(errors.stream().anyMatch(e -> e.startsWith("3::" + number)), errors.toString());
    assertTrue(errors.contains("4:工号:no employee has the number NOBODY" + tag), errors.toString());
    assertTrue(errors.contains("5:月份:must be a month like 2026-11"), errors.toString());
    assertEquals(0, admin.get("/api/v1/employees/" + id + "/signals").json().size());

    String good =
        "工号,月份,出差天数,报销金额,绩效得分\n"
            + number
            + ","
            + m1
            + ",5,\"8,000\",88\n"
            + number
            + ","
            + m2
            + ",7,9100,\n";
    JsonNode done = importCsv(good);
    assertEquals("COMPLETED", done.get("status").asText(), done.toString());
    assertEquals(5, done.get("created").asInt(), done.toString());
    assertEquals(5, admin.get("/api/v1/employees/" + id + "/signals").json().size());
  }

  @Test
  void theBriefsDetectorsShipAndHrAdminsVersionThem() {
    JsonNode shipped = admin.get("/api/v1/detectors").json();
    Set<String> keys = new HashSet<>();
    shipped.forEach(d -> keys.add(d.get("key").asText()));
    assertTrue(
        keys.containsAll(
            Set.of(
                "trips-jump",
                "expenses-over-limit",
                "performance-and-overtime-down",
                "hotel-cost-ratio",
                "external-debt-or-lawsuit")),
        keys.toString());

    String key = "trips-" + tag.toLowerCase(java.util.Locale.ROOT);
    Map<String, Object> jump = new HashMap<>();
    jump.put("name", "出差上升 " + tag);
    jump.put("type", "JUMP");
    jump.put("series", "TRIP_DAYS");
    jump.put("windowMonths", 3);
    jump.put("baselineMonths", 6);
    jump.put("threshold", 0.3);
    jump.put("severity", "MEDIUM");
    Api.Reply created = admin.put("/api/v1/detectors/" + key, jump);
    assertEquals(200, created.status(), created.body());
    assertEquals(1, created.json().get("version").asInt());
    assertEquals(
        1, admin.put("/api/v1/detectors/" + key, jump).json().get("version").asInt(), "unchanged");
    jump.put("threshold", 0.4);
    assertEquals(2, admin.put("/api/v1/detectors/" + key, jump).json().get("version").asInt());
    JsonNode versions = admin.get("/api/v1/detectors/" + key + "/versions").json();
    assertEquals(2, versions.size());
    assertEquals(0.3, versions.get(1).get("threshold").asDouble());

    Map<String, Object> bad = new HashMap<>();
    bad.put("name", "");
    bad.put("type", "RATIO");
    bad.put("series", "HOROSCOPE");
    bad.put("baselineMonths", 1);
    bad.put("threshold", 0.5);
    bad.put("severity", "URGENT");
    Api.Reply refused = admin.put("/api/v1/detectors/" + key, bad);
    assertEquals(400, refused.status(), refused.body());
    assertEquals(
        Set.of("name", "series", "severity", "baselineMonths", "threshold"), refused.fields());
    assertEquals(2, admin.get("/api/v1/detectors/" + key + "/versions").json().size());
    assertEquals(403, Api.as(BASE, "legal").put("/api/v1/detectors/" + key, jump).status());
    jump.put("enabled", false);
    JsonNode off = admin.put("/api/v1/detectors/" + key, jump).json();
    assertEquals(3, off.get("version").asInt());
    assertEquals(false, off.get("enabled").asBoolean(), "switched off: scans skip it");
  }

  private JsonNode importCsv(String csv) {
    Api.Reply submitted =
        admin.postRaw(
            "/api/v1/imports/signals?fileName=signals.csv", "text/csv", csv.getBytes(UTF_8));
    assertEquals(202, submitted.status(), submitted.body());
    return Imports.await(admin, "/api/v1/imports/" + submitted.json().get("id").asLong());
  }

  private long hire(String k) {
    Map<String, Object> hire = new HashMap<>();
    hire.put("employeeNumber", "SG" + tag + k);
    hire.put("fullName", "信号" + k + tag);
    hire.put("hireDate", "2019-05-01");
    hire.put("orgUnitId", unit);
    Api.Reply reply = admin.post("/api/v1/employees", hire);
    assertEquals(201, reply.status(), reply.body());
    return reply.json().get("id").asLong();
  }
}
