package io.linchpin.it;

import static io.linchpin.it.LinchpinDeployment.BASE;
import static io.linchpin.it.LinchpinDeployment.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.linchpin.screening.infrastructure.SimulatorProviderFactory;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * New data is scanned as it arrives on the real server and raises the product brief's alerts — a
 * core engineer whose business trips rose 40% with two new online loans on record under consent —
 * and none for a clean colleague; the HR business partner of their unit is told; a full scan merges
 * into the same alerts; HR triages, dismisses with a reason, or opens a case from an alert.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AlertIT {

  /** The shipped detectors: other tests may add their own. */
  private static final Set<String> SHIPPED =
      Set.of(
          "trips-jump",
          "expenses-over-limit",
          "performance-and-overtime-down",
          "hotel-cost-ratio",
          "external-debt-or-lawsuit");

  private final Api admin = Api.as(BASE, "hr.admin");
  private final YearMonth scanMonth = YearMonth.now().minusMonths(1);
  private String tag;
  private long unit;
  private long engineer;
  private long clean;
  private Api partner;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return LinchpinDeployment.ear();
  }

  @BeforeAll
  void theEngineerAndAColleague() {
    tag = unique("");
    unit = OrgUnits.create(admin, "AL", "预警" + tag, null);
    long partnerId = hire("P", b -> b >= 50);
    assertEquals(
        200,
        admin.put("/api/v1/org-units/" + unit + "/hr-partners/" + partnerId, Map.of()).status());
    String partnerUser = "alp-" + tag.toLowerCase(Locale.ROOT);
    KeycloakAdmin.get().createUser(partnerUser, "AL" + tag + "P", "hr-bp");
    partner = Api.as(BASE, partnerUser);
    assertEquals(200, partner.get("/api/v1/me").status(), "binds the account to the partner");
    engineer = hire("E", b -> b < 10);
    clean = hire("C", b -> b >= 50);
    trips(engineer, 5, 7);
    trips(clean, 5, 5);
    Api.Reply asked =
        admin.post(
            "/api/v1/employees/" + engineer + "/consents",
            Map.of("category", "CREDIT_REPORT", "purpose", "IN_SERVICE"));
    String user = "al-" + tag.toLowerCase(Locale.ROOT);
    KeycloakAdmin.get().createUser(user, "AL" + tag + "E", "employee");
    Api.as(BASE, user)
        .post(
            "/api/v1/me/consents/" + asked.json().get("id").asLong() + "/answer",
            Map.of("give", true));
    Api.Reply checked =
        admin.post(
            "/api/v1/employees/" + engineer + "/checks",
            Map.of("category", "CREDIT_REPORT", "purpose", "IN_SERVICE"));
    assertEquals(2, checked.json().get("added").asInt(), checked.body());
  }

  @Test
  @Order(1)
  void newDataRaisesTheBriefsAlertsWithEvidenceTellsThePartnerAndAFullScanMerges()
      throws Exception {
    Map<String, JsonNode> mine = new HashMap<>();
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (mine.size() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(250);
      mine = alertsOf(engineer);
      mine.keySet().retainAll(SHIPPED);
    }
    assertEquals(Set.of("trips-jump", "external-debt-or-lawsuit"), mine.keySet(), mine.toString());
    boolean incremental = false;
    for (JsonNode s : admin.get("/api/v1/monitoring/scans").json()) {
      incremental |= "new-data".equals(s.get("requestedBy").asText());
    }
    assertTrue(incremental, "no one asked: the new data started the scan");
    Scans.idle(admin);
    assertTrue(
        alertsOf(clean).keySet().stream().noneMatch(SHIPPED::contains),
        "a clean colleague raises nothing");
    JsonNode trips =
        admin.get("/api/v1/alerts/" + mine.get("trips-jump").get("id").asLong()).json();
    assertEquals("NEW", trips.get("status").asText());
    assertEquals("MEDIUM", trips.get("severity").asText());
    assertEquals(1, trips.get("detectorVersion").asInt());
    JsonNode evidence = Api.JSON.readTree(trips.get("evidence").asText()).get("evidence");
    assertEquals(0.4, evidence.get("change").asDouble(), evidence.toString());
    assertEquals(5.0, evidence.get("baseline").asDouble());
    assertEquals(0.3, evidence.get("threshold").asDouble());
    assertEquals(3, evidence.get("window").size());
    JsonNode debt =
        admin
            .get("/api/v1/alerts/" + mine.get("external-debt-or-lawsuit").get("id").asLong())
            .json();
    assertEquals("HIGH", debt.get("severity").asText());
    assertEquals(
        2, Api.JSON.readTree(debt.get("evidence").asText()).get("evidence").get("records").size());

    Set<Long> told = new java.util.HashSet<>();
    for (JsonNode n : partner.get("/api/v1/me/alert-notices").json()) {
      told.add(n.get("alertId").asLong());
      assertFalse(n.get("message").asText().contains("预警"), "names the alert, not the person");
    }
    assertTrue(
        told.containsAll(
            Set.of(
                mine.get("trips-jump").get("id").asLong(),
                mine.get("external-debt-or-lawsuit").get("id").asLong())),
        told.toString());
    for (JsonNode n : Api.as(BASE, "hr.bp").get("/api/v1/me/alert-notices").json()) {
      assertFalse(told.contains(n.get("alertId").asLong()), "only the partner of the unit is told");
    }

    int timesRaised = trips.get("timesRaised").asInt();
    JsonNode full = Scans.run(admin);
    assertEquals(scanMonth.toString(), full.get("month").asText());
    assertTrue(full.get("people").asInt() >= 2, full.toString());
    JsonNode risk = admin.get("/api/v1/employees/" + engineer + "/risk").json();
    assertEquals(80, risk.get("likelihood").asInt(), risk.toString());
    assertEquals(50, risk.get("impact").asInt(), "not assessed: the middle of the scale");
    assertEquals(40, risk.get("score").asInt());
    assertEquals("risk 80 × 50 / 100 = 40", risk.get("explanation").get(4).asText());
    assertEquals(1, risk.get("trend").size(), risk.toString());
    assertEquals(scanMonth.toString(), risk.get("trend").get(0).get("month").asText());
    assertEquals(40, risk.get("trend").get(0).get("score").asInt());
    assertEquals(0, admin.get("/api/v1/employees/" + clean + "/risk").json().get("score").asInt());
    Map<String, JsonNode> again = alertsOf(engineer);
    again.keySet().retainAll(SHIPPED);
    assertEquals(2, again.size(), "the same detector, person and window raise one alert");
    assertEquals(timesRaised + 1, again.get("trips-jump").get("timesRaised").asInt());
  }

  @Test
  @Order(2)
  void hrTriagesDismissesWithAReasonOrOpensACase() throws Exception {
    Scans.run(admin);
    Map<String, JsonNode> mine = alertsOf(engineer);
    long trips = mine.get("trips-jump").get("id").asLong();
    long debt = mine.get("external-debt-or-lawsuit").get("id").asLong();
    assertEquals(
        "TRIAGED",
        admin.post("/api/v1/alerts/" + trips + "/triage", Map.of()).json().get("status").asText());
    Api.Reply noReason = admin.post("/api/v1/alerts/" + trips + "/dismissal", Map.of());
    assertEquals(400, noReason.status(), noReason.body());
    assertEquals(Set.of("reason"), noReason.fields());
    JsonNode dismissed =
        admin
            .post(
                "/api/v1/alerts/" + trips + "/dismissal",
                Map.of("reason", "出差增加系新客户项目所致 / new customer project"))
            .json();
    assertEquals("DISMISSED", dismissed.get("status").asText());
    assertEquals(409, admin.post("/api/v1/alerts/" + trips + "/triage", Map.of()).status());

    JsonNode opened =
        admin.post("/api/v1/alerts/" + debt + "/case", Map.of("type", "DEBT_COLLECTION")).json();
    assertEquals("CASE_OPENED", opened.get("status").asText(), opened.toString());
    assertNotNull(opened.get("caseId"));
    JsonNode theCase = admin.get("/api/v1/cases/" + opened.get("caseId").asLong()).json();
    assertEquals("ALERT", theCase.get("origin").asText(), theCase.toString());
    assertEquals(engineer, theCase.get("employeeId").asLong());
    JsonNode risk = admin.get("/api/v1/employees/" + engineer + "/risk").json();
    assertEquals(50, risk.get("likelihood").asInt(), "a dismissed alert no longer counts");
    assertEquals(40, risk.get("trend").get(0).get("score").asInt(), "until the next scan");

    Scans.run(admin);
    JsonNode rescored = admin.get("/api/v1/employees/" + engineer + "/risk").json();
    assertEquals(1, rescored.get("trend").size(), rescored.toString());
    assertEquals(
        25,
        rescored.get("trend").get(0).get("score").asInt(),
        "a scan of the same month writes the changed score into the month's point");

    assertEquals(
        404,
        Api.as(BASE, "hr.bp").get("/api/v1/alerts/" + debt).status(),
        "an HR business partner sees only the alerts of their units");
    assertFalse(
        Api.as(BASE, "hr.bp").get("/api/v1/alerts").body().contains("\"id\":" + debt + ","));
  }

  @Test
  @Order(3)
  void theEngineerAsksForAnExplanationAndHrAnswersFromTheStoredEvidence() {
    Api me = Api.as(BASE, "al-" + tag.toLowerCase(Locale.ROOT));
    Api.Reply empty = me.post("/api/v1/me/explanation-requests", Map.of("question", " "));
    assertEquals(400, empty.status(), empty.body());
    assertEquals(Set.of("question"), empty.fields());
    Api.Reply asked =
        me.post(
            "/api/v1/me/explanation-requests",
            Map.of("question", "为什么我的风险评分上升了？/ Why did my risk score rise?"));
    assertEquals(201, asked.status(), asked.body());
    long id = asked.json().get("id").asLong();
    assertEquals("OPEN", asked.json().get("status").asText());

    boolean listed = false;
    for (JsonNode r : admin.get("/api/v1/explanation-requests").json()) {
      listed |= r.get("id").asLong() == id;
    }
    assertTrue(listed, "HR sees the open request");
    assertEquals(
        404,
        Api.as(BASE, "hr.bp").get("/api/v1/explanation-requests/" + id).status(),
        "a partner of other units does not");
    JsonNode draft = admin.get("/api/v1/explanation-requests/" + id).json();
    String drawn = draft.get("explanation").toString();
    assertTrue(drawn.contains("TRIP_DAYS") && drawn.contains("+40%"), drawn);
    assertTrue(drawn.contains("DISMISSED") && drawn.contains("new customer project"), drawn);
    assertTrue(drawn.contains("NEW_LOAN (CREDIT_REPORT)"), drawn);
    assertTrue(drawn.contains("no decision about you by itself"), drawn);

    Api.Reply noAnswer = admin.post("/api/v1/explanation-requests/" + id + "/answer", Map.of());
    assertEquals(400, noAnswer.status(), noAnswer.body());
    JsonNode answered =
        admin
            .post(
                "/api/v1/explanation-requests/" + id + "/answer",
                Map.of("answer", "评分来自两条预警，出差一条已核实为新项目并撤销。"))
            .json();
    assertEquals("ANSWERED", answered.get("status").asText(), answered.toString());
    assertEquals(
        409,
        admin
            .post("/api/v1/explanation-requests/" + id + "/answer", Map.of("answer", "again"))
            .status());
    JsonNode mine = me.get("/api/v1/me/explanation-requests").json();
    assertEquals(1, mine.size(), mine.toString());
    assertEquals("评分来自两条预警，出差一条已核实为新项目并撤销。", mine.get(0).get("answer").asText());
    assertTrue(mine.get(0).get("explanation").toString().contains("+40%"), mine.toString());
  }

  @Test
  @Order(4)
  void aDetectorsConditionMustAlsoHold() throws Exception {
    String core = "al-core-" + tag.toLowerCase(Locale.ROOT);
    String big = "al-big-" + tag.toLowerCase(Locale.ROOT);
    Api.Reply bad = admin.put("/api/v1/detectors/" + core, jump("change >=", true));
    assertEquals(400, bad.status(), bad.body());
    assertEquals(Set.of("condition"), bad.fields());
    Api.Reply unknown = admin.put("/api/v1/detectors/" + core, jump("salary > 1", true));
    assertEquals(Set.of("condition"), unknown.fields(), unknown.body());
    assertEquals(
        200, admin.put("/api/v1/detectors/" + core, jump("criticality >= 60", true)).status());
    assertEquals(
        200,
        admin
            .put("/api/v1/detectors/" + big, jump("change >= 0.3 && current >= 7", true))
            .status());
    try {
      Scans.run(admin);
      Map<String, JsonNode> mine = alertsOf(engineer);
      assertTrue(mine.containsKey(big), "a rise to 7 days holds: " + mine.keySet());
      assertFalse(mine.containsKey(core), "the engineer is not assessed: criticality 0");
      JsonNode alert = admin.get("/api/v1/alerts/" + mine.get(big).get("id").asLong()).json();
      assertTrue(alert.get("evidence").asText().contains("current >= 7"), alert.toString());
    } finally {
      admin.put("/api/v1/detectors/" + core, jump("criticality >= 60", false));
      admin.put("/api/v1/detectors/" + big, jump("change >= 0.3 && current >= 7", false));
    }
  }

  private static Map<String, Object> jump(String condition, boolean enabled) {
    Map<String, Object> d = new HashMap<>();
    d.put("name", "条件测试 / condition " + condition);
    d.put("type", "JUMP");
    d.put("series", "TRIP_DAYS");
    d.put("windowMonths", 3);
    d.put("baselineMonths", 6);
    d.put("threshold", 0.3);
    d.put("condition", condition);
    d.put("severity", "LOW");
    d.put("enabled", enabled);
    return d;
  }

  private Map<String, JsonNode> alertsOf(long employeeId) {
    Map<String, JsonNode> byDetector = new HashMap<>();
    for (JsonNode a : admin.get("/api/v1/alerts").json()) {
      if (a.get("employee").get("id").asLong() == employeeId) {
        assertTrue(byDetector.put(a.get("detector").asText(), a) == null, "one alert per detector");
      }
    }
    return byDetector;
  }

  /**
   * Six months at {@code baseline} trip days, then the last three complete months at {@code
   * recent}.
   */
  private void trips(long id, double baseline, double recent) {
    List<Map<String, Object>> values = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      YearMonth m = scanMonth.minusMonths(i);
      values.add(
          Map.of(
              "series", "TRIP_DAYS", "period", m.toString(), "value", i < 3 ? recent : baseline));
    }
    Api.Reply r = admin.put("/api/v1/employees/" + id + "/signals", Map.of("values", values));
    assertEquals(200, r.status(), r.body());
  }

  private long hire(String k, IntPredicate bucket) {
    String nationalId;
    do {
      nationalId = Imports.residentId();
    } while (!bucket.test(SimulatorProviderFactory.bucket(nationalId)));
    Map<String, Object> hire = new HashMap<>();
    hire.put("employeeNumber", "AL" + tag + k);
    hire.put("fullName", "预警" + k + tag);
    hire.put("hireDate", "2018-05-01");
    hire.put("orgUnitId", unit);
    hire.put("nationalId", nationalId);
    Api.Reply reply = admin.post("/api/v1/employees", hire);
    assertEquals(201, reply.status(), reply.body());
    return reply.json().get("id").asLong();
  }
}
