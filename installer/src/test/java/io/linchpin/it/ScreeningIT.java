package io.linchpin.it;

import static io.linchpin.it.LinchpinDeployment.BASE;
import static io.linchpin.it.LinchpinDeployment.database;
import static io.linchpin.it.LinchpinDeployment.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.linchpin.screening.infrastructure.SimulatorProviderFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntPredicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Consent gates every external check, on the real server with the simulated source: without a valid
 * consent the source is not asked and the refusal is on record; the employee gives consent in their
 * own name; what the source returns is sealed at rest; withdrawal stops checks at once and deletes
 * what was obtained under the consent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreeningIT {

  private final Api admin = Api.as(BASE, "hr.admin");
  private final Api auditor = Api.as(BASE, "auditor");
  private String tag;
  private long unit;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return LinchpinDeployment.ear();
  }

  @BeforeAll
  void aUnit() {
    tag = unique("");
    unit = OrgUnits.create(admin, "SC", "背调" + tag, null);
  }

  @Test
  void aCheckRunsOnlyUnderTheEmployeesOwnConsentAndWithdrawalDeletesWhatItBrought()
      throws Exception {
    Person p = hire("L", b -> b < 10);
    String checks = "/api/v1/employees/" + p.id + "/checks";
    Map<String, Object> credit = Map.of("category", "CREDIT_REPORT", "purpose", "IN_SERVICE");

    Api.Reply refused = admin.post(checks, credit);
    assertEquals(409, refused.status(), refused.body());
    assertTrue(refused.json().get("type").asText().endsWith("consent-required"), refused.body());
    assertEquals(Set.of("consent"), refused.fields());
    JsonNode onRecord = admin.get(checks).json();
    assertEquals("REFUSED", onRecord.get(0).get("outcome").asText(), onRecord.toString());
    JsonNode denied =
        auditor
            .get(
                "/api/v1/audit/entries?operation=EXTERNAL_CHECK&objectType=employee&objectId="
                    + p.id)
            .json();
    assertEquals("DENIED", denied.get("items").get(0).get("outcome").asText(), denied.toString());

    Api.Reply asked =
        admin.post(
            "/api/v1/employees/" + p.id + "/consents",
            Map.of("category", "credit_report", "purpose", "IN_SERVICE"));
    assertEquals(201, asked.status(), asked.body());
    long consentId = asked.json().get("id").asLong();
    assertEquals("REQUESTED", asked.json().get("status").asText());
    assertEquals(
        LocalDate.now().plusMonths(12).toString(), asked.json().get("validUntil").asText());
    assertTrue(asked.json().get("statement").asText().contains("征信报告"), asked.body());
    assertEquals(409, admin.post(checks, credit).status(), "a request is not a consent");
    assertEquals(
        409,
        admin
            .post(
                "/api/v1/employees/" + p.id + "/consents",
                Map.of("category", "CREDIT_REPORT", "purpose", "IN_SERVICE"))
            .status(),
        "one open request per category and purpose");

    Api other = employee(hire("O", b -> true));
    assertEquals(
        404,
        other.post("/api/v1/me/consents/" + consentId + "/answer", Map.of("give", true)).status(),
        "nobody answers for someone else");
    Api self = employee(p);
    JsonNode mine = self.get("/api/v1/me/consents").json();
    assertEquals(1, mine.size(), mine.toString());
    assertEquals("REQUESTED", mine.get(0).get("status").asText());
    Api.Reply given =
        self.post("/api/v1/me/consents/" + consentId + "/answer", Map.of("give", true));
    assertEquals(200, given.status(), given.body());
    assertEquals("ACTIVE", given.json().get("status").asText());
    assertEquals("E_CONSENT", given.json().get("evidence").asText());

    Api.Reply done = admin.post(checks, credit);
    assertEquals(201, done.status(), done.body());
    assertEquals("DONE", done.json().get("outcome").asText());
    assertEquals("simulator", done.json().get("source").asText());
    assertEquals(consentId, done.json().get("consentId").asLong());
    assertEquals(2, done.json().get("added").asInt(), done.body());
    JsonNode again = admin.post(checks, credit).json();
    assertEquals(2, again.get("found").asInt());
    assertEquals(0, again.get("added").asInt(), "the same records are kept once");

    JsonNode findings =
        admin.get("/api/v1/employees/" + p.id + "/findings?purpose=screening-test").json();
    assertEquals(2, findings.size(), findings.toString());
    assertEquals("NEW_LOAN", findings.get(0).get("kind").asText());
    assertEquals(consentId, findings.get(0).get("consentId").asLong());
    assertTrue(findings.toString().contains("网络小额贷款"), findings.toString());
    try (Connection db = database();
        PreparedStatement q =
            db.prepareStatement("select details from screening_finding where employee_id = ?")) {
      q.setLong(1, p.id);
      try (ResultSet rs = q.executeQuery()) {
        int rows = 0;
        while (rs.next()) {
          rows++;
          String stored = rs.getString(1);
          assertFalse(stored.contains("网络") || stored.contains("NEW_LOAN"), "sealed at rest");
        }
        assertEquals(2, rows);
      }
    }

    Api.Reply withdrawn = self.post("/api/v1/consents/" + consentId + "/withdrawal", Map.of());
    assertEquals(200, withdrawn.status(), withdrawn.body());
    assertEquals("WITHDRAWN", withdrawn.json().get("status").asText());
    assertEquals(0, admin.get("/api/v1/employees/" + p.id + "/findings").json().size());
    assertEquals(409, admin.post(checks, credit).status(), "withdrawal stops checks at once");
    assertEquals(
        409,
        self.post("/api/v1/consents/" + consentId + "/withdrawal", Map.of()).status(),
        "withdrawn for good");
  }

  @Test
  void hrRecordsASignedFormAndEveryBadRequestIsNamed() {
    // A candidate: pre-hire checks run until the hire date.
    Person p = hire("F", b -> b >= 20 && b < 25, java.time.LocalDate.now().plusDays(14).toString());
    String consents = "/api/v1/employees/" + p.id + "/consents";

    Api.Reply bad =
        admin.post(
            consents,
            Map.of(
                "category",
                "HOROSCOPE",
                "purpose",
                "CURIOSITY",
                "validFrom",
                LocalDate.now().plusDays(10).toString(),
                "validUntil",
                LocalDate.now().plusDays(5).toString()));
    assertEquals(400, bad.status(), bad.body());
    assertEquals(Set.of("category", "purpose", "validUntil"), bad.fields());
    Api.Reply tooLong =
        admin.post(
            consents,
            Map.of(
                "category", "COURT_RECORDS",
                "purpose", "PRE_HIRE",
                "validUntil", LocalDate.now().plusYears(4).toString()));
    assertEquals(Set.of("validUntil"), tooLong.fields());

    Api.Reply noFile =
        admin.post(
            consents + "/signed-forms",
            Map.of(
                "category", "COURT_RECORDS",
                "purpose", "PRE_HIRE",
                "attachmentId", "00000000-0000-0000-0000-000000000000"));
    assertEquals(400, noFile.status(), noFile.body());
    assertEquals(Set.of("attachmentId"), noFile.fields());
    assertEquals(0, admin.get(consents).json().size(), "nothing kept from refused requests");

    Api.Reply scan =
        admin.postRaw(
            "/api/v1/employees/" + p.id + "/attachments?fileName=consent.pdf",
            "application/octet-stream",
            "%PDF-1.7\n% 背景调查授权书\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(201, scan.status(), scan.body());
    Api.Reply signed =
        admin.post(
            consents + "/signed-forms",
            Map.of(
                "category", "COURT_RECORDS",
                "purpose", "PRE_HIRE",
                "attachmentId", scan.json().get("id").asText()));
    assertEquals(201, signed.status(), signed.body());
    assertEquals("ACTIVE", signed.json().get("status").asText());
    assertEquals("SIGNED_FORM", signed.json().get("evidence").asText());

    String checks = "/api/v1/employees/" + p.id + "/checks";
    assertEquals(
        409,
        admin.post(checks, Map.of("category", "COURT_RECORDS", "purpose", "IN_SERVICE")).status(),
        "a consent is for its purpose only");
    assertEquals(
        409,
        admin.post(checks, Map.of("category", "CREDIT_REPORT", "purpose", "PRE_HIRE")).status(),
        "and for its category only");
    Api.Reply judged =
        admin.post(checks, Map.of("category", "COURT_RECORDS", "purpose", "PRE_HIRE"));
    assertEquals(201, judged.status(), judged.body());
    assertEquals(1, judged.json().get("added").asInt());
    Api.Reply unknownSource =
        admin.post(
            checks,
            Map.of("category", "COURT_RECORDS", "purpose", "PRE_HIRE", "source", "nowhere"));
    assertEquals(409, unknownSource.status());
    assertEquals(Set.of("source"), unknownSource.fields());

    long consentId = signed.json().get("id").asLong();
    Api.Reply noReason = admin.post("/api/v1/consents/" + consentId + "/withdrawal", Map.of());
    assertEquals(400, noReason.status(), noReason.body());
    assertEquals(Set.of("reason"), noReason.fields());
    Api.Reply byHr =
        admin.post(
            "/api/v1/consents/" + consentId + "/withdrawal",
            Map.of("reason", "员工书面要求撤回 / written request of the employee"));
    assertEquals(200, byHr.status(), byHr.body());
    assertEquals(0, admin.get("/api/v1/employees/" + p.id + "/findings").json().size());

    JsonNode sources = admin.get("/api/v1/screening/sources").json();
    Set<String> up = new java.util.HashSet<>();
    sources.forEach(
        source -> {
          if (source.get("up").asBoolean()) {
            up.add(source.get("id").asText());
          }
        });
    assertEquals(Set.of("simulator", "file-drop"), up, sources.toString());
  }

  @Test
  void aDroppedFileIsKeptOnlyForPeopleWhoConsentedAndAMalformedOneIsRefusedWhole()
      throws Exception {
    Person yes = hire("Y", b -> true);
    Person no = hire("N", b -> true);
    Api.Reply asked =
        admin.post(
            "/api/v1/employees/" + yes.id + "/consents",
            Map.of("category", "DISHONEST_DEBTOR", "purpose", "IN_SERVICE"));
    assertEquals(201, asked.status(), asked.body());
    assertEquals(
        200,
        employee(yes)
            .post(
                "/api/v1/me/consents/" + asked.json().get("id").asLong() + "/answer",
                Map.of("give", true))
            .status());
    Path inbox =
        Path.of(System.getProperty("jboss.home"), "standalone/data/linchpin/screening-inbox");

    String bad = "bad-" + tag + ".csv";
    drop(
        inbox,
        bad,
        "身份证号,类别,类型,编号,日期\n"
            + yes.nationalId
            + ",DISHONEST_DEBTOR,LISTING,REF-"
            + tag
            + ",2026-02-30\n"
            + "12345,DISHONEST_DEBTOR,LISTING,REF2-"
            + tag
            + ",2026-02-01\n");
    Path report = inbox.resolve("rejected").resolve(bad + ".report.txt");
    awaitFile(report);
    String text = Files.readString(report);
    assertTrue(text.contains("line 2: occurredOn must be a date"), text);
    assertTrue(text.contains("line 3: nationalId must be 18 characters"), text);
    assertFalse(text.contains(yes.nationalId), "a report never repeats an ID number");
    JsonNode rejected = drop(bad);
    assertEquals("REJECTED", rejected.get("status").asText(), rejected.toString());
    assertEquals(0, admin.get("/api/v1/employees/" + yes.id + "/findings").json().size());

    String good = "good-" + tag + ".json";
    drop(
        inbox,
        good,
        "{\"records\": ["
            + record(yes.nationalId, "LISTING-" + tag)
            + ","
            + record(no.nationalId, "LISTING2-" + tag)
            + ","
            + record(Imports.residentId(), "LISTING3-" + tag)
            + "]}");
    JsonNode done = drop(good);
    assertEquals("DONE", done.get("status").asText(), done.toString());
    assertEquals(3, done.get("rows").asInt());
    assertEquals(2, done.get("matched").asInt());
    assertEquals(1, done.get("kept").asInt());
    assertEquals(1, done.get("withoutConsent").asInt());
    assertEquals(1, done.get("unknown").asInt());
    assertFalse(Files.exists(inbox.resolve(good)), "a file taken in is deleted");
    JsonNode kept = admin.get("/api/v1/employees/" + yes.id + "/findings").json();
    assertEquals(1, kept.size(), kept.toString());
    assertEquals("LISTING", kept.get(0).get("kind").asText());
    assertEquals("file-drop", kept.get(0).get("source").asText());
    assertEquals(0, admin.get("/api/v1/employees/" + no.id + "/findings").json().size());
    JsonNode refused = admin.get("/api/v1/employees/" + no.id + "/checks").json();
    assertEquals("REFUSED", refused.get(0).get("outcome").asText(), refused.toString());
  }

  @Test
  void anHttpSourceIsBoundedByATimeoutRetriesAndACircuitBreaker() throws Exception {
    AtomicReference<String> mode = new AtomicReference<>("ok");
    AtomicInteger hits = new AtomicInteger();
    HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 18181), 0);
    stub.setExecutor(Executors.newCachedThreadPool());
    stub.createContext(
        "/bureau/lookups",
        exchange -> {
          hits.incrementAndGet();
          exchange.getRequestBody().readAllBytes();
          if (mode.get().equals("slow")) {
            try {
              Thread.sleep(2_500);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          boolean fail = mode.get().equals("fail");
          byte[] body =
              ("{\"records\": [{\"kind\": \"OVERDUE_DEBT\", \"reference\": \"HTTP-"
                      + tag
                      + "\", \"occurredOn\": \"2026-09-30\", \"amount\": 12000}]}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(fail ? 500 : 200, fail ? -1 : body.length);
          if (!fail) {
            exchange.getResponseBody().write(body);
          }
          exchange.close();
        });
    stub.createContext(
        "/bureau/health",
        exchange -> {
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    stub.start();
    try {
      Person p = hire("H", b -> true);
      Api.Reply asked =
          admin.post(
              "/api/v1/employees/" + p.id + "/consents",
              Map.of("category", "CREDIT_REPORT", "purpose", "IN_SERVICE"));
      employee(p)
          .post(
              "/api/v1/me/consents/" + asked.json().get("id").asLong() + "/answer",
              Map.of("give", true));
      String checks = "/api/v1/employees/" + p.id + "/checks";
      Map<String, Object> viaHttp =
          Map.of("category", "CREDIT_REPORT", "purpose", "IN_SERVICE", "source", "http-json");

      Api.Reply ok = admin.post(checks, viaHttp);
      assertEquals(201, ok.status(), ok.body());
      assertEquals("http-json", ok.json().get("source").asText());
      assertEquals(1, ok.json().get("added").asInt());

      mode.set("slow");
      Api.Reply slow = admin.post(checks, viaHttp);
      assertEquals(503, slow.status(), slow.body());
      assertTrue(slow.json().get("type").asText().endsWith("unavailable"), slow.body());
      assertTrue(
          slow.json().get("detail").asText().contains("no answer within 1500 ms"), slow.body());
      assertEquals("FAILED", admin.get(checks).json().get(0).get("outcome").asText());

      mode.set("ok");
      assertEquals(201, admin.post(checks, viaHttp).status(), "a success closes the count");
      mode.set("fail");
      int before = hits.get();
      assertEquals(503, admin.post(checks, viaHttp).status());
      assertEquals(503, admin.post(checks, viaHttp).status());
      assertEquals(
          before + 3, hits.get(), "two attempts, then the third failure opens the circuit");
      Api.Reply open = admin.post(checks, viaHttp);
      assertEquals(503, open.status());
      assertTrue(open.json().get("detail").asText().contains("not asked"), open.body());
      assertEquals(before + 3, hits.get(), "an open circuit does not reach the source");

      mode.set("ok");
      Thread.sleep(4_200);
      Api.Reply back = admin.post(checks, viaHttp);
      assertEquals(201, back.status(), back.body());
      assertEquals(0, back.json().get("added").asInt(), "the same record is kept once");
      assertEquals(1, admin.get("/api/v1/employees/" + p.id + "/findings").json().size());
    } finally {
      stub.stop(0);
    }
  }

  @Test
  void inServiceChecksRunOnScheduleOncePerInterval() {
    Person p = hire("S", b -> true);
    Api.Reply asked =
        admin.post(
            "/api/v1/employees/" + p.id + "/consents",
            Map.of("category", "SOCIAL_INSURANCE", "purpose", "IN_SERVICE"));
    assertEquals(
        200,
        employee(p)
            .post(
                "/api/v1/me/consents/" + asked.json().get("id").asLong() + "/answer",
                Map.of("give", true))
            .status());
    Api.Reply run = admin.post("/api/v1/screening/in-service-checks", Map.of());
    assertEquals(200, run.status(), run.body());
    assertTrue(run.json().get("run").asInt() >= 1, run.body());
    JsonNode checks = admin.get("/api/v1/employees/" + p.id + "/checks").json();
    assertEquals(1, checks.size(), checks.toString());
    assertEquals("schedule", checks.get(0).get("requestedBy").asText());
    assertEquals("DONE", checks.get(0).get("outcome").asText());
    assertEquals("SOCIAL_INSURANCE", checks.get(0).get("category").asText());
    admin.post("/api/v1/screening/in-service-checks", Map.of());
    assertEquals(
        1,
        admin.get("/api/v1/employees/" + p.id + "/checks").json().size(),
        "not again before the interval has passed");
  }

  @Test
  void aCandidateIsCheckedBeforeHireOnlyAndAnEmployeeInServiceOnly() {
    Person candidate = hire("PH", b -> b < 10, java.time.LocalDate.now().plusDays(30).toString());
    Api own = employee(candidate);
    for (String purpose : List.of("PRE_HIRE", "IN_SERVICE")) {
      Api.Reply asked =
          admin.post(
              "/api/v1/employees/" + candidate.id + "/consents",
              Map.of("category", "CREDIT_REPORT", "purpose", purpose));
      assertEquals(201, asked.status(), asked.body());
      assertEquals(
          200,
          own.post(
                  "/api/v1/me/consents/" + asked.json().get("id").asLong() + "/answer",
                  Map.of("give", true))
              .status());
    }
    String checks = "/api/v1/employees/" + candidate.id + "/checks";
    Api.Reply before =
        admin.post(checks, Map.of("category", "CREDIT_REPORT", "purpose", "PRE_HIRE"));
    assertEquals(201, before.status(), before.body());
    assertEquals(2, before.json().get("added").asInt(), before.body());
    Api.Reply early =
        admin.post(checks, Map.of("category", "CREDIT_REPORT", "purpose", "IN_SERVICE"));
    assertEquals(409, early.status(), early.body());
    assertEquals(Set.of("purpose"), early.fields(), early.body());
    assertTrue(early.body().contains("until then only PRE_HIRE"), early.body());

    Person started = hire("PS", b -> b < 10);
    Api.Reply asked =
        admin.post(
            "/api/v1/employees/" + started.id + "/consents",
            Map.of("category", "CREDIT_REPORT", "purpose", "PRE_HIRE"));
    employee(started)
        .post(
            "/api/v1/me/consents/" + asked.json().get("id").asLong() + "/answer",
            Map.of("give", true));
    Api.Reply late =
        admin.post(
            "/api/v1/employees/" + started.id + "/checks",
            Map.of("category", "CREDIT_REPORT", "purpose", "PRE_HIRE"));
    assertEquals(409, late.status(), late.body());
    assertEquals(Set.of("purpose"), late.fields(), late.body());
  }

  private static String record(String nationalId, String reference) {
    return "{\"nationalId\": \""
        + nationalId
        + "\", \"category\": \"DISHONEST_DEBTOR\", \"kind\": \"LISTING\", \"reference\": \""
        + reference
        + "\", \"occurredOn\": \"2026-10-12\", \"summary\": \"失信被执行人\"}";
  }

  /** Writes a file beside the inbox and moves it in whole, as providers are told to. */
  private static void drop(Path inbox, String name, String content) throws Exception {
    Files.createDirectories(inbox);
    Path part = inbox.resolve(name + ".part");
    Files.writeString(part, content, StandardCharsets.UTF_8);
    Files.move(part, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
  }

  private static void awaitFile(Path file) throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!Files.exists(file)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(file + " did not appear");
      }
      Thread.sleep(250);
    }
  }

  /** The inbox's record of a file, once it has been taken in. */
  private JsonNode drop(String fileName) throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      for (JsonNode d : admin.get("/api/v1/screening/drops").json()) {
        if (d.get("fileName").asText().equals(fileName)) {
          return d;
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError(fileName + " was not taken in");
  }

  /** A hired person, their employee number and ID number. */
  private record Person(long id, String number, String nationalId) {}

  /** Hires someone whose ID number the simulator answers as the predicate wants. */
  private Person hire(String k, IntPredicate bucket) {
    return hire(k, bucket, "2019-05-01");
  }

  private Person hire(String k, IntPredicate bucket, String hireDate) {
    String nationalId;
    do {
      nationalId = Imports.residentId();
    } while (!bucket.test(SimulatorProviderFactory.bucket(nationalId)));
    String number = "SC" + tag + k;
    Map<String, Object> hire = new HashMap<>();
    hire.put("employeeNumber", number);
    hire.put("fullName", "背调" + k + tag);
    hire.put("hireDate", hireDate);
    hire.put("orgUnitId", unit);
    hire.put("nationalId", nationalId);
    Api.Reply reply = admin.post("/api/v1/employees", hire);
    assertEquals(201, reply.status(), reply.body());
    return new Person(reply.json().get("id").asLong(), number, nationalId);
  }

  /** The person's own account, with the employee role. */
  private Api employee(Person p) {
    String user = "sc-" + p.number.toLowerCase(Locale.ROOT);
    KeycloakAdmin.get().createUser(user, p.number, "employee");
    return Api.as(BASE, user);
  }
}
