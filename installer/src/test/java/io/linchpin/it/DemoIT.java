package io.linchpin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.linchpin.it.Commands.Result;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What a newcomer gets from {@code bin/linchpin demo}: the bundled Keycloak with the shipped realm,
 * the server signed into it, the demo company, and each demo login bound to its person and seeing
 * exactly its scope. Runs on a full copy of the unpacked installer on its own ports.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoIT {

  private static final int HTTP_PORT = 48080;
  private static final int KEYCLOAK_PORT = 48180;
  private static final String BASE = "http://127.0.0.1:" + HTTP_PORT;
  private static final String KEYCLOAK = "http://127.0.0.1:" + KEYCLOAK_PORT;

  private static final String CLIENT = "demo-check";

  private Path home;

  @BeforeAll
  void startTheDemo() throws Exception {
    Path work = Paths.get(System.getProperty("linchpin.it.work"));
    Files.createDirectories(work);
    home = work.resolve("demo-" + System.nanoTime());
    assertEquals(
        0,
        run(List.of("cp", "-a", System.getProperty("linchpin.installer"), home.toString())).exit());
    Path conf = home.resolve("conf/linchpin.properties");
    Files.writeString(
        conf,
        Files.readString(conf, StandardCharsets.UTF_8)
            .replace("linchpin.http.port=8080", "linchpin.http.port=" + HTTP_PORT)
            .replace("linchpin.management.port=9990", "linchpin.management.port=49990")
            .replace(
                "linchpin.demo.keycloak.port=8180", "linchpin.demo.keycloak.port=" + KEYCLOAK_PORT)
            .replace("linchpin.java.opts=-Xms512m -Xmx2g", "linchpin.java.opts=-Xms256m -Xmx1g"),
        StandardCharsets.UTF_8);
    Result demo = run(List.of(home.resolve("bin/linchpin").toString(), "demo"));
    assertEquals(0, demo.exit(), demo.output());
    assertTrue(demo.output().contains("manager"), demo.output());
    String password = Files.readString(home.resolve("data/demo/keycloak-admin.password")).trim();
    KeycloakAdmin.at(KEYCLOAK, password).createTestClient(CLIENT, true);
  }

  @AfterAll
  void stopTheDemo() throws Exception {
    if (home != null) {
      Result stop = run(List.of(home.resolve("bin/linchpin").toString(), "stop"));
      assertEquals(0, stop.exit(), stop.output());
    }
  }

  @Test
  void thePortalSendsTheBrowserToTheBundledKeycloak() throws Exception {
    HttpResponse<String> r =
        KeycloakServer.HTTP.send(
            HttpRequest.newBuilder(URI.create(BASE + "/"))
                .header("Accept", "text/html")
                .timeout(Duration.ofSeconds(20))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(302, r.statusCode());
    String location = r.headers().firstValue("Location").orElseThrow();
    assertTrue(
        location.startsWith(KEYCLOAK + "/realms/linchpin/protocol/openid-connect/auth"), location);
    assertTrue(location.contains("code_challenge_method=S256"), "PKCE: " + location);
    assertTrue(location.contains("state="), location);
  }

  @Test
  void eachDemoLoginIsBoundToItsPersonAndSeesItsScope() throws Exception {
    JsonNode hr = me("hr.admin");
    long everyone = hr.get("peopleInScope").asLong();
    assertTrue(everyone > 250, "the demo company: " + hr);
    assertEquals("E10001", hr.get("employeeNumber").asText());

    JsonNode bp = me("hr.bp");
    JsonNode head = me("head");
    JsonNode manager = me("manager");
    JsonNode employee = me("employee");
    assertEquals(
        head.get("peopleInScope").asLong(), bp.get("peopleInScope").asLong(), "both see 销售中心");
    assertTrue(bp.get("peopleInScope").asLong() < everyone);
    assertTrue(manager.get("peopleInScope").asLong() > 15, manager.toString());
    assertTrue(manager.get("peopleInScope").asLong() < bp.get("peopleInScope").asLong());
    assertEquals(1, employee.get("peopleInScope").asLong());
    assertTrue(manager.get("orgUnit").get("label").asText().endsWith("上海销售部"), manager.toString());
    assertEquals(everyone, me("legal").get("peopleInScope").asLong());
    assertEquals(0, me("it.admin").get("peopleInScope").asLong());
    assertEquals(0, me("auditor").get("peopleInScope").asLong());

    Api bpApi = Api.withToken(BASE, token("hr.bp"));
    JsonNode colleague = bpApi.get("/api/v1/employees?q=E10008").json().get("items").get(0);
    JsonNode record = bpApi.get("/api/v1/employees/" + colleague.get("id").asLong()).json();
    assertTrue(record.hasNonNull("nationalId"), "HR business partners see sensitive fields");
    JsonNode sameForHead =
        Api.withToken(BASE, token("head"))
            .get("/api/v1/employees/" + colleague.get("id").asLong())
            .json();
    assertFalse(sameForHead.hasNonNull("nationalId"), "business heads do not");
  }

  @Test
  void theDemoHasACaseWaitingForLegalAndAClosedOneWithItsTimeline() throws Exception {
    Api legal = Api.withToken(BASE, token("legal"));
    JsonNode inbox = legal.get("/api/v1/tasks").json();
    assertTrue(
        inbox.findValuesAsText("step").contains("legalAssessment"), "Legal's inbox: " + inbox);
    Api head = Api.withToken(BASE, token("head"));
    assertTrue(
        head.get("/api/v1/tasks").json().findValuesAsText("step").contains("continuityPlan"));
    JsonNode closed =
        Api.withToken(BASE, token("hr.admin")).get("/api/v1/cases?status=CLOSED").json();
    assertEquals(1, closed.get("total").asInt(), closed.toString());
    JsonNode c =
        Api.withToken(BASE, token("hr.bp"))
            .get("/api/v1/cases/" + closed.get("items").get(0).get("id").asLong())
            .json();
    assertEquals("FAMILY_EMERGENCY", c.get("rootCause").asText());
    assertEquals(12, c.get("timeline").size(), c.get("timeline").toString());
    JsonNode loan =
        Api.withToken(BASE, token("hr.bp"))
            .get("/api/v1/cases/" + c.get("id").asLong() + "/interventions")
            .json()
            .get(0)
            .get("loan");
    assertEquals(3, loan.get("repayments").size(), loan.toString());
    assertEquals(
        0, loan.get("balance").decimalValue().compareTo(new java.math.BigDecimal("43750.01")));
  }

  @Test
  void theDemoRegistryHoldsTheBriefsTwoSalesManagersAsCore() throws Exception {
    Api head = Api.withToken(BASE, token("head"));
    JsonNode core = head.get("/api/v1/core-roles?coreOnly=true&size=200").json();
    assertTrue(core.get("total").asInt() >= 2, core.toString());
    JsonNode all = Api.withToken(BASE, token("hr.admin")).get("/api/v1/core-roles?size=200").json();
    assertTrue(
        all.get("total").asInt() > core.get("total").asInt(), "not every assessed person is core");
    java.util.List<String> notes = new java.util.ArrayList<>();
    java.util.Map<String, JsonNode> metrics = new java.util.HashMap<>();
    Api bp = Api.withToken(BASE, token("hr.bp"));
    for (JsonNode e : core.get("items")) {
      long id = e.get("employee").get("id").asLong();
      JsonNode a = bp.get("/api/v1/core-roles/" + id).json();
      if (a.hasNonNull("note")) {
        notes.add(a.get("note").asText());
        metrics.put(
            a.get("note").asText().contains("30%") ? "thirty" : "long",
            bp.get("/api/v1/modules/sales-customers/people/" + id + "/metrics").json());
      }
    }
    assertEquals(
        3.0e7, ModuleIT.metric(metrics.get("thirty"), "book").asDouble(), metrics.toString());
    assertEquals(
        60.0,
        ModuleIT.metric(metrics.get("long"), "longStandingShare").asDouble(),
        metrics.toString());
    assertTrue(notes.stream().anyMatch(n -> n.contains("30%")), notes.toString());
    assertTrue(notes.stream().anyMatch(n -> n.contains("继任候选人")), notes.toString());
    JsonNode map = head.get("/api/v1/core-roles/heat-map").json();
    assertTrue(map.get("rows").size() >= 1, map.toString());
  }

  @Test
  void theDemoTellsTheScreeningStoryUnderConsent() throws Exception {
    Api hr = Api.withToken(BASE, token("hr.admin"));
    JsonNode assessed = hr.get("/api/v1/core-roles?size=200").json();
    java.util.Map<String, Integer> kinds = new java.util.HashMap<>();
    for (JsonNode e : assessed.get("items")) {
      long id = e.get("employee").get("id").asLong();
      for (JsonNode f : hr.get("/api/v1/employees/" + id + "/findings?purpose=demo-check").json()) {
        kinds.merge(f.get("kind").asText(), 1, Integer::sum);
      }
    }
    assertEquals(2, kinds.getOrDefault("NEW_LOAN", 0), kinds.toString());
    assertEquals(1, kinds.getOrDefault("JUDGEMENT", 0), kinds.toString());
    JsonNode mine = Api.withToken(BASE, token("employee")).get("/api/v1/me/consents").json();
    assertEquals(1, mine.size(), mine.toString());
    assertEquals("REQUESTED", mine.get(0).get("status").asText());
    JsonNode sources = hr.get("/api/v1/screening/sources").json();
    assertEquals("simulator", sources.get(0).get("id").asText(), sources.toString());
  }

  @Test
  void theFirstScanRaisesTheBriefsAlertsAndNoneForTheControlGroup() throws Exception {
    Api hr = Api.withToken(BASE, token("hr.admin"));
    long deadline = System.nanoTime() + 180_000_000_000L;
    JsonNode scans = hr.get("/api/v1/monitoring/scans").json();
    while (System.nanoTime() < deadline && !allDone(scans)) {
      Thread.sleep(500);
      scans = hr.get("/api/v1/monitoring/scans").json();
    }
    assertTrue(allDone(scans), scans.toString());
    assertTrue(scans.get(scans.size() - 1).get("people").asInt() > 200, scans.toString());
    Map<String, List<Long>> byDetector = new java.util.TreeMap<>();
    for (JsonNode a : hr.get("/api/v1/alerts").json()) {
      byDetector
          .computeIfAbsent(a.get("detector").asText(), k -> new java.util.ArrayList<>())
          .add(a.get("employee").get("id").asLong());
    }
    assertEquals(
        java.util.Set.of("trips-jump", "expenses-over-limit", "external-debt-or-lawsuit"),
        byDetector.keySet(),
        byDetector.toString());
    assertEquals(1, byDetector.get("trips-jump").size(), byDetector.toString());
    assertEquals(1, byDetector.get("expenses-over-limit").size(), byDetector.toString());
    assertEquals(2, byDetector.get("external-debt-or-lawsuit").size(), byDetector.toString());
    long engineer = byDetector.get("trips-jump").get(0);
    assertTrue(byDetector.get("external-debt-or-lawsuit").contains(engineer), "loans on record");
    JsonNode trips = hr.get("/api/v1/alerts/" + firstAlert(hr, engineer, "trips-jump")).json();
    JsonNode evidence = Api.JSON.readTree(trips.get("evidence").asText()).get("evidence");
    assertEquals(0.4, evidence.get("change").asDouble(), 0.001, evidence.toString());
    JsonNode risk = hr.get("/api/v1/employees/" + engineer + "/risk").json();
    assertTrue(risk.get("score").asInt() > 0, risk.toString());
    assertTrue(risk.get("assessed").asBoolean(), "the engineer is in the core-role registry");
    JsonNode told = Api.withToken(BASE, token("hr.bp")).get("/api/v1/me/alert-notices").json();
    assertTrue(told.size() >= 1, "the partner of 销售中心 hears of its alerts: " + told);
  }

  private static boolean allDone(JsonNode scans) {
    if (scans.isEmpty()) {
      return false;
    }
    for (JsonNode s : scans) {
      if (!s.get("status").asText().equals("COMPLETED")) {
        return false;
      }
    }
    return true;
  }

  private static long firstAlert(Api hr, long employee, String detector) {
    for (JsonNode a : hr.get("/api/v1/alerts").json()) {
      if (a.get("employee").get("id").asLong() == employee
          && a.get("detector").asText().equals(detector)) {
        return a.get("id").asLong();
      }
    }
    throw new AssertionError(detector + " of " + employee);
  }

  @Test
  void aCaseSurvivesARestartAndItsDeadlineStillEscalates() throws Exception {
    Api admin = Api.withToken(BASE, token("hr.admin"));
    Api bp = Api.withToken(BASE, token("hr.bp"));
    long employee =
        bp.get("/api/v1/employees?q=E10008").json().get("items").get(0).get("id").asLong();
    String slas = "/api/v1/playbooks/DEBT_COLLECTION/slas";
    assertEquals(
        200,
        admin
            .put(
                slas,
                List.of(Map.of("step", "hrConversation", "sla", "PT40S", "remindBefore", "PT30S")))
            .status());
    Api.Reply opened;
    try {
      opened =
          bp.post(
              "/api/v1/cases",
              Map.of(
                  "type", "DEBT_COLLECTION", "employeeId", employee, "summary", "重启测试：前台接到催收电话"));
    } finally {
      admin.put(
          slas, List.of(Map.of("step", "hrConversation", "sla", "PT8H", "remindBefore", "PT2H")));
    }
    assertEquals(201, opened.status(), opened.body());
    long id = opened.json().get("id").asLong();

    Result stop = run(List.of(home.resolve("bin/linchpin").toString(), "stop"));
    assertEquals(0, stop.exit(), stop.output());
    Result start = run(List.of(home.resolve("bin/linchpin").toString(), "demo"));
    assertEquals(0, start.exit(), start.output());

    Api again = Api.withToken(BASE, token("hr.admin"));
    List<String> kinds = List.of();
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < deadline && !kinds.contains("STEP_OVERDUE")) {
      Thread.sleep(1000);
      kinds = again.get("/api/v1/cases/" + id).json().findValuesAsText("kind");
    }
    assertTrue(kinds.contains("STEP_OVERDUE"), "the timer fired after the restart: " + kinds);
    JsonNode c = again.get("/api/v1/cases/" + id).json();
    assertEquals("OPEN", c.get("status").asText());
    assertEquals("hrConversation", c.get("openSteps").get(0).get("step").asText());
  }

  private JsonNode me(String user) throws Exception {
    Api.Reply reply = Api.withToken(BASE, token(user)).get("/api/v1/me");
    assertEquals(200, reply.status(), user + ": " + reply.body());
    return reply.json();
  }

  private String token(String user) throws Exception {
    return KeycloakServer.parse(
            post(
                KEYCLOAK + "/realms/linchpin/protocol/openid-connect/token",
                Map.of(
                    "grant_type",
                    "password",
                    "client_id",
                    CLIENT,
                    "username",
                    user,
                    "password",
                    "linchpin")))
        .get("access_token")
        .asText();
  }

  private static String post(String url, Map<String, String> form) throws Exception {
    HttpResponse<String> r =
        KeycloakServer.HTTP.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(KeycloakServer.form(form)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), url + ": " + r.body());
    return r.body();
  }

  private static Result run(List<String> command) throws Exception {
    return Commands.run(command, Map.of(), Duration.ofMinutes(10));
  }
}
