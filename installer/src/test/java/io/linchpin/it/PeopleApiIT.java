package io.linchpin.it;

import static io.linchpin.it.LinchpinDeployment.BASE;
import static io.linchpin.it.LinchpinDeployment.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The people API on the real server: security, validation, effective-dated history, lists. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PeopleApiIT {

  private final Api admin = Api.as(BASE, "hr.admin");
  private final Api partner = Api.as(BASE, "hr.bp");
  private final Api auditor = Api.as(BASE, "auditor");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return LinchpinDeployment.ear();
  }

  @Test
  void unauthenticatedCallsAreRefusedWith401() {
    Api anonymous = Api.anonymous(BASE);
    assertEquals(401, anonymous.get("/api/v1/employees").status());
    assertEquals(401, anonymous.get("/api/v1/org-units").status());
    assertEquals(401, anonymous.get("/portal/people/employees.xhtml").status());
  }

  @Test
  void rolesWithoutAccessToPeopleDataGet403AsProblem() {
    Api.Reply reply = auditor.get("/api/v1/employees");
    assertEquals(403, reply.status());
    assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    assertEquals(403, reply.json().get("status").asInt());
  }

  @Test
  void anHrBusinessPartnerMayReadButNotHire() {
    assertEquals(200, partner.get("/api/v1/employees").status());
    assertEquals(403, partner.post("/api/v1/employees", hire(unique("BP"), "王芳")).status());
  }

  @Test
  void hiringValidatesEveryFieldAndNamesEachOne() {
    Map<String, Object> bad = new HashMap<>();
    bad.put("employeeNumber", "has space");
    bad.put("fullName", " ");
    bad.put("nationalId", "110101199003076633");
    bad.put("phone", "12345");
    bad.put("baseSalary", -1);
    Api.Reply reply = admin.post("/api/v1/employees", bad);
    assertEquals(400, reply.status(), reply.body());
    assertTrue(reply.contentType().startsWith("application/problem+json"));
    JsonNode problem = reply.json();
    assertEquals("https://linchpin.io/problems/validation", problem.get("type").asText());
    List<String> fields = new ArrayList<>();
    problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertEquals(
        List.of("baseSalary", "employeeNumber", "fullName", "hireDate", "nationalId", "phone"),
        fields);
  }

  @Test
  void unreadableBodiesAreProblemsToo() {
    Api.Reply reply = admin.postText("/api/v1/employees", "{\"hireDate\": \"5 March\"");
    assertEquals(400, reply.status(), reply.body());
    assertEquals("https://linchpin.io/problems/unreadable-body", reply.json().get("type").asText());
  }

  @Test
  void aHiredEmployeeCanBeReadBackAndTheNumberIsNotReused() {
    String number = unique("H");
    Api.Reply created = admin.post("/api/v1/employees", hire(number, "欧阳娜娜"));
    assertEquals(201, created.status(), created.body());
    assertNotNull(created.location());
    JsonNode body = created.json();
    assertEquals("欧阳娜娜", body.get("fullName").asText());
    assertEquals("ACTIVE", body.get("status").asText());

    Api.Reply read = admin.get("/api/v1/employees/" + body.get("id").asLong());
    assertEquals(200, read.status());
    assertEquals(number, read.json().get("employeeNumber").asText());

    Api.Reply again = admin.post("/api/v1/employees", hire(number, "别人"));
    assertEquals(409, again.status());
    assertEquals("employeeNumber", again.json().get("errors").get(0).get("field").asText());
  }

  @Test
  void theRecordAsOfAnyDateFollowsTheEffectiveDatedHistory() {
    long unitA = orgUnit(unique("A"), "华东大区-" + unique(""), null);
    long unitB = orgUnit(unique("B"), "华北大区-" + unique(""), null);
    Map<String, Object> h = hire(unique("T"), "张伟");
    h.put("hireDate", "2020-01-01");
    h.put("orgUnitId", unitA);
    h.put("baseSalary", 20000);
    long id = admin.post("/api/v1/employees", h).json().get("id").asLong();

    Api.Reply transfer =
        admin.post(
            "/api/v1/employees/" + id + "/history",
            Map.of("type", "TRANSFER", "effectiveDate", "2023-06-01", "orgUnitId", unitB));
    assertEquals(201, transfer.status(), transfer.body());
    LocalDate future = LocalDate.now().plusDays(30);
    Api.Reply raise =
        admin.post(
            "/api/v1/employees/" + id + "/history",
            Map.of(
                "type", "SALARY_CHANGE", "effectiveDate", future.toString(), "baseSalary", 26000));
    assertEquals(201, raise.status(), raise.body());
    assertFalse(raise.json().get("inEffect").asBoolean());

    JsonNode now = admin.get("/api/v1/employees/" + id).json();
    assertEquals(unitB, now.get("orgUnit").get("id").asLong());
    assertEquals(20000, now.get("baseSalary").asInt());
    JsonNode in2022 = admin.get("/api/v1/employees/" + id + "?asOf=2022-12-31").json();
    assertEquals(unitA, in2022.get("orgUnit").get("id").asLong());
    JsonNode later = admin.get("/api/v1/employees/" + id + "?asOf=" + future).json();
    assertEquals(26000, later.get("baseSalary").asInt());
    assertEquals(404, admin.get("/api/v1/employees/" + id + "?asOf=2019-12-31").status());

    JsonNode history = admin.get("/api/v1/employees/" + id + "/history").json();
    assertEquals(3, history.size());
    assertEquals("HIRE", history.get(0).get("type").asText());
    assertEquals("TRANSFER", history.get(1).get("type").asText());
    assertTrue(history.get(1).get("inEffect").asBoolean());
    assertEquals("SALARY_CHANGE", history.get(2).get("type").asText());

    Api.Reply backdated =
        admin.post(
            "/api/v1/employees/" + id + "/history",
            Map.of("type", "PROMOTION", "effectiveDate", "2021-01-01", "positionId", position()));
    assertEquals(400, backdated.status());
    assertEquals("effectiveDate", backdated.json().get("errors").get(0).get("field").asText());
  }

  @Test
  void lifecycleRulesRefuseImpossibleChanges() {
    long id = admin.post("/api/v1/employees", hire(unique("L"), "李娜")).json().get("id").asLong();
    String path = "/api/v1/employees/" + id + "/history";
    String today = LocalDate.now().toString();
    assertEquals(400, admin.post(path, Map.of("type", "RETURN", "effectiveDate", today)).status());
    assertEquals(
        201, admin.post(path, Map.of("type", "TERMINATION", "effectiveDate", today)).status());
    assertEquals("TERMINATED", admin.get("/api/v1/employees/" + id).json().get("status").asText());
    assertEquals(400, admin.post(path, Map.of("type", "LEAVE", "effectiveDate", today)).status());
    assertEquals(201, admin.post(path, Map.of("type", "REHIRE", "effectiveDate", today)).status());
    assertEquals("ACTIVE", admin.get("/api/v1/employees/" + id).json().get("status").asText());
  }

  @Test
  void listsFilterByOrgSubtreeSortAndPage() {
    String tag = unique("");
    long root = orgUnit(unique("R"), "总部" + tag, null);
    long child = orgUnit(unique("C"), "平台组", root);
    for (String name : List.of("阿强", "小明", "周杰")) {
      Map<String, Object> h = hire(unique("P"), name + tag);
      h.put("orgUnitId", child);
      assertEquals(201, admin.post("/api/v1/employees", h).status());
    }
    JsonNode page =
        admin.get("/api/v1/employees?orgUnitId=" + root + "&sort=-fullName&size=2").json();
    assertEquals(3, page.get("total").asInt());
    assertEquals(2, page.get("items").size());
    assertEquals("阿强" + tag, page.get("items").get(0).get("fullName").asText());
    JsonNode second =
        admin.get("/api/v1/employees?orgUnitId=" + root + "&sort=-fullName&size=2&page=1").json();
    assertEquals(1, second.get("items").size());
    assertEquals(3, admin.get("/api/v1/employees?q=" + tag).json().get("total").asInt());

    Api.Reply badSort = admin.get("/api/v1/employees?sort=salary");
    assertEquals(400, badSort.status());
    assertEquals("sort", badSort.json().get("errors").get(0).get("field").asText());
    Api.Reply badPage = admin.get("/api/v1/employees?page=abc");
    assertEquals(400, badPage.status());
    assertEquals("page", badPage.json().get("errors").get(0).get("field").asText());
  }

  @Test
  void unknownRecordsAre404Problems() {
    Api.Reply reply = admin.get("/api/v1/employees/987654321");
    assertEquals(404, reply.status());
    assertTrue(reply.contentType().startsWith("application/problem+json"));
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() {
    Api.Reply reply = Api.anonymous(BASE).get("/openapi");
    assertEquals(200, reply.status());
    assertTrue(reply.body().contains("/api/v1/employees"), reply.body());
    assertTrue(reply.body().contains("/api/v1/imports/employees"));
  }

  private long orgUnit(String code, String name, Long parent) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", name);
    body.put("parentId", parent);
    Api.Reply reply = admin.post("/api/v1/org-units", body);
    assertEquals(201, reply.status(), reply.body());
    return reply.json().get("id").asLong();
  }

  private long position() {
    Api.Reply reply =
        admin.post("/api/v1/positions", Map.of("code", unique("POS"), "title", "架构师"));
    assertEquals(201, reply.status(), reply.body());
    return reply.json().get("id").asLong();
  }

  private static Map<String, Object> hire(String number, String name) {
    Map<String, Object> body = new HashMap<>();
    body.put("employeeNumber", number);
    body.put("fullName", name);
    body.put("hireDate", "2024-03-05");
    body.put("phone", "13812345678");
    return body;
  }
}
