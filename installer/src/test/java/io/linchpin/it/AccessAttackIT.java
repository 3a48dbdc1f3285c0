package io.linchpin.it;

import static io.linchpin.it.LinchpinDeployment.BASE;
import static io.linchpin.it.LinchpinDeployment.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attacker's list for access rules and input: each test is one way around the rules that an
 * outside review found, tried as the role that would use it. The answer must be built for the
 * caller's visibility whatever the endpoint, and bad input must get a 400 naming the field, never a
 * 5xx.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessAttackIT {

  private final Api admin = Api.as(BASE, "hr.admin");
  private final Api legal = Api.as(BASE, "legal");
  private String nationalId;
  private long person;
  private long unit;
  private String tag;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return LinchpinDeployment.ear();
  }

  @BeforeAll
  void aPersonWithSensitiveFields() {
    tag = unique("");
    unit = OrgUnits.create(admin, "AA", "攻击" + tag, null);
    nationalId = Imports.residentId();
    Api.Reply hired = admin.post("/api/v1/employees", hire("AA" + tag, "2021-05-01", nationalId));
    assertEquals(201, hired.status(), hired.body());
    person = hired.json().get("id").asLong();
  }

  /** Defect 1: the legal hold answered Legal with national ID, bank account and salary. */
  @Test
  void legalPlacingOrLiftingAHoldGetsNoSensitiveField() {
    for (boolean held : new boolean[] {true, false}) {
      Api.Reply reply =
          legal.put(
              "/api/v1/employees/" + person + "/legal-hold",
              Map.of("held", held, "reason", "litigation hold " + tag));
      assertEquals(200, reply.status(), reply.body());
      JsonNode answer = reply.json();
      assertFalse(answer.hasNonNull("nationalId"), answer.toString());
      assertFalse(answer.hasNonNull("bankAccount"), answer.toString());
      assertFalse(answer.hasNonNull("baseSalary"), answer.toString());
      assertFalse(reply.body().contains(nationalId), "no national ID anywhere: " + reply.body());
      assertFalse(reply.body().contains("6222020200998877665"), reply.body());
    }
    Api.Reply byHr =
        admin.put(
            "/api/v1/employees/" + person + "/legal-hold",
            Map.of("held", false, "reason", "hold reviewed " + tag));
    assertEquals(200, byHr.status(), byHr.body());
    assertEquals(nationalId, byHr.json().get("nationalId").asText(), "HR still sees it");
  }

  /** Defect 14: a huge page number overflowed the offset into a 500. */
  @Test
  void aPageNumberPastTheLastPossibleRowIsA400NamingPage() {
    Map<String, Api> lists =
        Map.of(
            "/api/v1/employees", admin,
            "/api/v1/cases", admin,
            "/api/v1/core-roles", admin,
            "/api/v1/audit/entries", Api.as(BASE, "auditor"));
    for (Map.Entry<String, Api> list : lists.entrySet()) {
      for (String page : List.of("2147483647", "1073741824", "99999999")) {
        Api.Reply reply = list.getValue().get(list.getKey() + "?page=" + page + "&size=50");
        assertEquals(400, reply.status(), list.getKey() + " page " + page + ": " + reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.body());
        assertTrue(reply.fields().contains("page"), reply.body());
      }
      assertEquals(200, list.getValue().get(list.getKey() + "?page=3&size=50").status());
    }
  }

  /** Defect 14: the API took hire dates the import refuses. */
  @Test
  void theApiRefusesTheHireDatesTheImportRefuses() {
    for (String date : List.of("9999-12-31", "1900-01-01", "1949-12-31")) {
      String number = "AB" + tag + date.substring(0, 4);
      Api.Reply reply = admin.post("/api/v1/employees", hire(number, date, Imports.residentId()));
      assertEquals(400, reply.status(), date + ": " + reply.body());
      assertTrue(reply.fields().contains("hireDate"), reply.body());
      Api.Reply search = admin.get("/api/v1/employees?q=" + number);
      assertEquals(0, search.json().get("total").asLong(), "nothing was kept for " + date);
    }
    Api.Reply change =
        admin.post(
            "/api/v1/employees/" + person + "/history",
            Map.of("type", "SALARY_CHANGE", "effectiveDate", "9999-01-01", "baseSalary", 30000));
    assertEquals(400, change.status(), change.body());
    assertTrue(change.fields().contains("effectiveDate"), change.body());
  }

  /**
   * Defect 14 and 13: an API call without a token was redirected to the sign-in page when it
   * accepted anything, and the bearer-token rule looked at the raw path, so an encoded, dotted or
   * matrix spelling of {@code /api/} was not the API to it.
   */
  @Test
  void anApiCallWithoutATokenIsA401WhateverItAcceptsAndHoweverThePathIsSpelt() {
    Api anonymous = Api.anonymous(BASE);
    for (String path :
        List.of(
            "/api/v1/employees",
            "/%61pi/v1/employees",
            "/api/./v1/employees",
            "/portal/../api/v1/employees",
            "/api;x=1/v1/employees")) {
      for (String accept : List.of("*/*", "text/html,*/*;q=0.8", "application/json")) {
        Api.Reply reply = anonymous.get(path, Map.of("Accept", accept));
        assertEquals(401, reply.status(), path + " accepting " + accept + ": " + reply.body());
        assertFalse(reply.body().contains(nationalId), reply.body());
      }
    }
  }

  /** Defect 14: malformed JSON sent to the module endpoints (read with JSON-P) answered 500. */
  @Test
  void malformedJsonToTheModuleEndpointsIsA400NamingTheBody() {
    for (String body : List.of("{\"key\":", "[1, 2]", "\"text\"", "{\"a\" 1}", "nul")) {
      Api.Reply reply =
          admin.send(
              "POST", "/api/v1/modules", "application/json", body.getBytes(StandardCharsets.UTF_8));
      assertEquals(400, reply.status(), body + ": " + reply.body());
      assertTrue(reply.contentType().startsWith("application/problem+json"), reply.body());
      assertTrue(reply.fields().contains("body"), reply.body());
      Api.Reply record =
          admin.send(
              "POST",
              "/api/v1/modules/customers/people/" + person + "/records",
              "application/json",
              body.getBytes(StandardCharsets.UTF_8));
      assertEquals(400, record.status(), body + ": " + record.body());
    }
  }

  /**
   * Defect 9: a terminated employee's account kept its access. From the termination date the
   * account gets a 403 whatever its roles, and an account cannot bind to an ended record.
   */
  @Test
  void anAccountOfAPersonWhoLeftGetsNothingFromTheTerminationDate() {
    String number = "AT" + tag;
    Api.Reply hired =
        admin.post("/api/v1/employees", hire(number, "2020-02-01", Imports.residentId()));
    assertEquals(201, hired.status(), hired.body());
    long leaver = hired.json().get("id").asLong();
    String user = "leaver-" + tag.toLowerCase(java.util.Locale.ROOT);
    KeycloakAdmin.get().createUser(user, number, "hr-admin", "employee");
    Api account = Api.as(BASE, user);
    JsonNode me = account.get("/api/v1/me").json();
    assertEquals(leaver, me.get("employee").get("id").asLong(), "bound on first use: " + me);
    assertEquals(200, account.get("/api/v1/employees/" + person).status(), "still employed");
    String today = java.time.LocalDate.now().toString();
    Api.Reply ended =
        admin.post(
            "/api/v1/employees/" + leaver + "/history",
            Map.of("type", "TERMINATION", "effectiveDate", today, "reason", "left " + tag));
    assertEquals(201, ended.status(), ended.body());
    for (String path : List.of("/api/v1/me", "/api/v1/employees/" + person, "/api/v1/cases")) {
      Api.Reply refused = account.get(path);
      assertEquals(403, refused.status(), path + ": " + refused.body());
      assertTrue(refused.contentType().startsWith("application/problem+json"), refused.body());
      assertTrue(refused.body().contains("ended"), refused.body());
      assertFalse(refused.body().contains(nationalId), refused.body());
    }
    String late = "late-" + tag.toLowerCase(java.util.Locale.ROOT);
    KeycloakAdmin.get().createUser(late, number, "employee");
    Api.Reply lateAccount = Api.as(BASE, late).get("/api/v1/me");
    assertEquals(403, lateAccount.status(), "no first binding to an ended record");
    JsonNode binding = admin.get("/api/v1/employees/" + leaver + "/account").json();
    assertEquals(
        KeycloakAdmin.get().userId(user),
        binding.get("subject").asText(),
        "the record stays bound to the first account only");
  }

  /**
   * Defect 8: nobody acts, as HR, on records about themselves. An HR business partner who looks
   * after their own unit may not assess themselves, open a case about themselves, run a check on
   * themselves or read their own findings through HR's routes.
   */
  @Test
  void anHrPartnerMayNotActOnRecordsAboutThemselves() {
    String number = "AS" + tag;
    Api.Reply hired =
        admin.post("/api/v1/employees", hire(number, "2018-09-01", Imports.residentId()));
    assertEquals(201, hired.status(), hired.body());
    long self = hired.json().get("id").asLong();
    assertEquals(
        200, admin.put("/api/v1/org-units/" + unit + "/hr-partners/" + self, Map.of()).status());
    String user = "self-" + tag.toLowerCase(java.util.Locale.ROOT);
    KeycloakAdmin.get().createUser(user, number, "hr-bp");
    Api bp = Api.as(BASE, user);
    assertEquals(200, bp.get("/api/v1/employees/" + person).status(), "sees the unit");
    Map<String, Api.Reply> attempts = new java.util.LinkedHashMap<>();
    Map<String, Object> scores = new HashMap<>();
    scores.put("scores", Map.of());
    attempts.put("assess", bp.post("/api/v1/core-roles/" + self + "/assessments", scores));
    attempts.put(
        "open a case",
        bp.post(
            "/api/v1/cases",
            Map.of(
                "type", "DEBT_COLLECTION",
                "employeeId", self,
                "severity", "LOW",
                "summary", "about myself")));
    attempts.put("read findings", bp.get("/api/v1/employees/" + self + "/findings"));
    attempts.put("read checks", bp.get("/api/v1/employees/" + self + "/checks"));
    attempts.forEach(
        (what, reply) -> {
          assertEquals(403, reply.status(), what + ": " + reply.body());
          assertEquals(
              "https://linchpin.io/problems/own-record",
              reply.json().get("type").asText(),
              what + ": " + reply.body());
          assertTrue(reply.json().get("detail").asText().contains("yourself"), reply.body());
          assertEquals(1, reply.fields().size(), reply.body());
        });
    assertEquals(
        0,
        admin.get("/api/v1/cases?employeeId=" + self).json().get("total").asLong(),
        "no case was opened");
  }

  /** Defect 12: any signed-in caller could send a huge JSON body, read whole into memory. */
  @Test
  void aJsonBodyPastOneMebibyteIsA413WithOrWithoutItsLength() throws Exception {
    byte[] huge =
        ("{\"employeeNumber\": \"HUGE\", \"fullName\": \"" + "x".repeat(3 << 20) + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    Api.Reply declared = admin.send("POST", "/api/v1/employees", "application/json", huge);
    assertEquals(413, declared.status(), declared.body());
    assertTrue(declared.fields().contains("body"), declared.body());
    java.net.http.HttpResponse<String> chunked =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(BASE + "/api/v1/modules"))
                    .header("Authorization", "Bearer " + Tokens.of("hr.admin"))
                    .header("Content-Type", "application/json")
                    .POST(
                        java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                            () -> new java.io.ByteArrayInputStream(huge)))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(413, chunked.statusCode(), chunked.body());
    assertTrue(chunked.body().contains("body-too-large"), chunked.body());
    assertEquals(0, admin.get("/api/v1/employees?q=HUGE").json().get("total").asLong());
  }

  /** Defect 13: signal values and risk scores were read without a trace on the audit log. */
  @Test
  void readingSignalsAndTheRiskScoreIsOnTheAuditLog() {
    String month = java.time.YearMonth.now().minusMonths(1).toString();
    Api.Reply recorded =
        admin.put(
            "/api/v1/employees/" + person + "/signals",
            Map.of("values", List.of(Map.of("series", "TRIP_DAYS", "period", month, "value", 4))));
    assertEquals(200, recorded.status(), recorded.body());
    Api auditor = Api.as(BASE, "auditor");
    String entries =
        "/api/v1/audit/entries?objectType=employee&objectId="
            + person
            + "&operation=READ_SENSITIVE&size=200";
    long before = auditor.get(entries).json().get("total").asLong();
    assertEquals(200, admin.get("/api/v1/employees/" + person + "/signals").status());
    assertEquals(200, admin.get("/api/v1/employees/" + person + "/risk").status());
    JsonNode after = auditor.get(entries).json();
    assertEquals(before + 2, after.get("total").asLong(), after.toString());
    String fields = after.get("items").toString();
    assertTrue(fields.contains("riskScore"), fields);
    assertTrue(fields.contains("signals:"), fields);
  }

  /**
   * Defect 12: one account could tie up the server with many large uploads at once. Two uploads
   * whose sender holds back the rest of the body take the account's two slots; a third is a 429
   * naming the body until one finishes, and another account is not held up.
   */
  @Test
  void anAccountMayHaveTwoUploadsInFlightAndAThirdWaits() throws Exception {
    String playbook = "/api/v1/playbooks/DEBT_COLLECTION/versions?dryRun=true";
    byte[] bpmn =
        admin.get("/api/v1/playbooks/DEBT_COLLECTION/bpmn").body().getBytes(StandardCharsets.UTF_8);
    String lower = tag.toLowerCase(java.util.Locale.ROOT);
    String holder = "uploader-a-" + lower;
    Api uploader = Staff.account(holder, null, "hr-admin");
    List<java.net.Socket> held = new java.util.ArrayList<>();
    try {
      // The two held uploads must both be in flight before the third is sent; when the server took
      // one of them after a probe (and refused it), the scene is set again.
      Api.Reply third = null;
      String early = "";
      for (int scene = 0; scene < 3; scene++) {
        closeAll(held);
        held = holdUploads(playbook, bpmn, Tokens.of(holder), 2);
        Thread.sleep(1_000);
        for (int attempt = 0; attempt < 50; attempt++) {
          third = uploader.send("POST", playbook, "application/xml", bpmn);
          if (third.status() == 429) {
            break;
          }
          Thread.sleep(100);
        }
        early = answered(held);
        if (early.isEmpty()) {
          break;
        }
        System.out.println("upload scene " + scene + " spoiled: " + third.status() + early);
      }
      assertEquals(429, third.status(), third.body() + early);
      assertTrue(third.contentType().startsWith("application/problem+json"), third.body());
      assertTrue(third.fields().contains("body"), third.body());
      String other = "uploader-b-" + lower;
      Api another = Staff.account(other, null, "hr-admin");
      assertEquals(
          200,
          another.send("POST", playbook, "application/xml", bpmn).status(),
          "another account is not held up");
      for (java.net.Socket socket : held) {
        socket.getOutputStream().write(bpmn, 64, bpmn.length - 64);
        socket.getOutputStream().flush();
        String status =
            new java.io.BufferedReader(
                    new java.io.InputStreamReader(
                        socket.getInputStream(), StandardCharsets.US_ASCII))
                .readLine();
        assertTrue(status.startsWith("HTTP/1.1 200"), "the held upload finished: " + status);
      }
    } finally {
      closeAll(held);
    }
    int freed = 429;
    for (int attempt = 0; attempt < 100 && freed == 429; attempt++) {
      freed = uploader.send("POST", playbook, "application/xml", bpmn).status();
      Thread.sleep(freed == 429 ? 100 : 0);
    }
    assertEquals(200, freed, "the slots are given back");
  }

  /** Uploads whose senders send the headers and 64 bytes, and hold back the rest of the body. */
  private static List<java.net.Socket> holdUploads(String path, byte[] body, String token, int n)
      throws java.io.IOException {
    java.net.URI base = java.net.URI.create(BASE);
    List<java.net.Socket> held = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort());
      socket.setSoTimeout(60_000);
      java.io.OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + path
                  + " HTTP/1.1\r\nHost: "
                  + base.getHost()
                  + ":"
                  + base.getPort()
                  + "\r\nAuthorization: Bearer "
                  + token
                  + "\r\nContent-Type: application/xml\r\nContent-Length: "
                  + body.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(body, 0, 64);
      out.flush();
      held.add(socket);
    }
    return held;
  }

  private static void closeAll(List<java.net.Socket> sockets) throws java.io.IOException {
    for (java.net.Socket socket : sockets) {
      socket.close();
    }
  }

  /** What the held uploads have been answered already, if anything: they should still wait. */
  private static String answered(List<java.net.Socket> held) throws java.io.IOException {
    StringBuilder out = new StringBuilder();
    for (java.net.Socket socket : held) {
      int ready = socket.getInputStream().available();
      if (ready > 0) {
        byte[] head = socket.getInputStream().readNBytes(Math.min(ready, 300));
        out.append("\nheld upload answered early: ")
            .append(new String(head, StandardCharsets.ISO_8859_1));
      }
    }
    return out.toString();
  }

  /**
   * Defect 13: signing out answered GET (any link or image could do it) and built the way back from
   * the request's Host header.
   */
  @Test
  void signingOutIsAPostThatReturnsToTheConfiguredPortalNeverTheHostHeader() throws Exception {
    Api.Reply get = admin.get("/logout");
    assertEquals(405, get.status(), get.body());
    assertTrue(get.contentType().startsWith("application/problem+json"), get.body());
    java.net.URI base = java.net.URI.create(BASE);
    try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      socket
          .getOutputStream()
          .write(
              ("POST /logout HTTP/1.1\r\nHost: evil.example:"
                      + base.getPort()
                      + "\r\nAuthorization: Bearer "
                      + Tokens.of("hr.admin")
                      + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      String answer =
          new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
      // straight back (303), or on to the identity provider's sign-out page (200 with the address)
      assertTrue(head.startsWith("HTTP/1.1 303") || head.startsWith("HTTP/1.1 200"), head);
      assertFalse(answer.contains("evil.example"), "never the Host header: " + answer);
      head = answer;
      String back = BASE + "/signed-out.html";
      assertTrue(
          head.contains(back)
              || head.contains(java.net.URLEncoder.encode(back, StandardCharsets.UTF_8)),
          "back to the configured portal: " + head);
    }
  }

  private Map<String, Object> hire(String number, String date, String nationalId) {
    Map<String, Object> hire = new HashMap<>();
    hire.put("employeeNumber", number);
    hire.put("fullName", "攻击" + number);
    hire.put("hireDate", date);
    hire.put("orgUnitId", unit);
    hire.put("nationalId", nationalId);
    hire.put("bankAccount", "6222020200998877665");
    hire.put("baseSalary", 31000);
    return hire;
  }
}
