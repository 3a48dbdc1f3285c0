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
 * A scan on the real server raises the product brief's alerts — a core engineer whose business
 * trips rose 40% with two new online loans on record under consent — and none for a clean
 * colleague; a second scan merges into the same alerts; HR triages, dismisses with a reason, or
 * opens a case from an alert.
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

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return LinchpinDeployment.ear();
  }

  @BeforeAll
  void theEngineerAndAColleague() {
    tag = unique("");
    unit = OrgUnits.create(admin, "AL", "预警" + tag, null);
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
  void aScanRaisesTheBriefsAlertsWithEvidenceAndASecondScanMergesIntoThem() throws Exception {
    JsonNode first = scan();
    assertEquals(scanMonth.toString(), first.get("month").asText());
    assertTrue(first.get("people").asInt() >= 2, first.toString());

    Map<String, JsonNode> mine = alertsOf(engineer);
    mine.keySet().retainAll(SHIPPED);
    assertEquals(Set.of("trips-jump", "external-debt-or-lawsuit"), mine.keySet(), mine.toString());
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

    JsonNode risk = admin.get("/api/v1/employees/" + engineer + "/risk").json();
    assertEquals(80, risk.get("likelihood").asInt(), risk.toString());
    assertEquals(50, risk.get("impact").asInt(), "not assessed: the middle of the scale");
    assertEquals(40, risk.get("score").asInt());
    assertEquals("risk 80 × 50 / 100 = 40", risk.get("explanation").get(4).asText());
    assertEquals(1, risk.get("trend").size(), risk.toString());
    assertEquals(scanMonth.toString(), risk.get("trend").get(0).get("month").asText());
    assertEquals(40, risk.get("trend").get(0).get("score").asInt());
    assertEquals(0, admin.get("/api/v1/employees/" + clean + "/risk").json().get("score").asInt());

    scan();
    Map<String, JsonNode> again = alertsOf(engineer);
    again.keySet().retainAll(SHIPPED);
    assertEquals(2, again.size(), "the same detector, person and window raise one alert");
    assertEquals(2, again.get("trips-jump").get("timesRaised").asInt());
  }

  @Test
  @Order(2)
  void hrTriagesDismissesWithAReasonOrOpensACase() throws Exception {
    scan();
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

    assertEquals(
        404,
        Api.as(BASE, "hr.bp").get("/api/v1/alerts/" + debt).status(),
        "an HR business partner sees only the alerts of their units");
    assertFalse(
        Api.as(BASE, "hr.bp").get("/api/v1/alerts").body().contains("\"id\":" + debt + ","));
  }

  private JsonNode scan() throws InterruptedException {
    Api.Reply started = admin.post("/api/v1/monitoring/scans", Map.of());
    assertEquals(202, started.status(), started.body());
    String location = "/api/v1/monitoring/scans/" + started.json().get("id").asLong();
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < deadline) {
      JsonNode s = admin.get(location).json();
      if (!s.get("status").asText().equals("RUNNING")) {
        assertEquals("COMPLETED", s.get("status").asText(), s.toString());
        return s;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the scan did not end");
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
