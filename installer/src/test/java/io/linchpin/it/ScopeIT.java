package io.linchpin.it;

import static io.linchpin.it.LinchpinDeployment.BASE;
import static io.linchpin.it.LinchpinDeployment.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
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
 * Object-level scoping in the service layer: every role tried against people inside and outside its
 * scope. Outside, the answer is 404 (or 403 where the role has no business at all) with none of the
 * person's data; inside, only HR roles see salary, national ID and bank account.
 *
 * <pre>
 * R
 * ├── BU1           head H, HR partner P looks after BU1
 * │   └── T         manager M, E1 reports to M, E2 reports to E1, C (no line to M)
 * └── BU2           outsider O
 * </pre>
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeIT {

  private final Api admin = Api.as(BASE, "hr.admin");
  private final Map<String, Long> ids = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();
  private final Map<String, Api> as = new HashMap<>();
  private final Map<String, String> users = new HashMap<>();
  private String tag;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return LinchpinDeployment.ear();
  }

  @BeforeAll
  void anOrganisationWithOneAccountPerRole() {
    tag = unique("");
    long r = unit("范围" + tag, null);
    long bu1 = unit("事业一部", r);
    long team = unit("团队", bu1);
    long bu2 = unit("事业二部", r);
    hire("H", bu1, null);
    hire("P", bu1, null);
    hire("M", team, ids.get("H"));
    hire("E1", team, ids.get("M"));
    hire("E2", team, ids.get("E1"));
    hire("C", team, ids.get("H"));
    hire("O", bu2, null);
    assertEquals(
        200,
        admin.put("/api/v1/org-units/" + bu1 + "/hr-partners/" + ids.get("P"), Map.of()).status());

    account("hr-bp", "P");
    account("business-head", "H");
    account("line-manager", "M");
    account("employee", "E1");
    account("legal", null);
    account("it-admin", null);
    account("auditor", null);
  }

  @Test
  void anHrBusinessPartnerSeesTheirUnitsWithSensitiveFieldsAndNoOneElse() {
    Api bp = as.get("hr-bp");
    assertEquals(Set.of("H", "P", "M", "E1", "E2", "C"), listed(bp));
    JsonNode e1 = bp.get("/api/v1/employees/" + ids.get("E1")).json();
    assertTrue(e1.hasNonNull("nationalId"), "HR sees the national ID: " + e1);
    assertTrue(e1.hasNonNull("baseSalary"), e1.toString());
    assertHidden(bp, "O");
    assertEquals(404, bp.get("/api/v1/employees/" + ids.get("O") + "/history").status());
    assertEquals(404, bp.get("/api/v1/employees/" + ids.get("O") + "/attachments").status());
    assertEquals(200, bp.get("/api/v1/employees/" + ids.get("E2") + "/history").status());
  }

  @Test
  void aBusinessHeadSeesTheirBusinessUnitWithoutSensitiveFields() {
    Api head = as.get("business-head");
    assertEquals(Set.of("H", "P", "M", "E1", "E2", "C"), listed(head));
    assertNoSensitiveFields(head.get("/api/v1/employees/" + ids.get("E2")).json());
    assertHidden(head, "O");
    assertEquals(403, head.get("/api/v1/employees/" + ids.get("E1") + "/history").status());
    Api.Reply byNationalId =
        head.post("/api/v1/employees/search", Map.of("nationalId", "110101199003074514"));
    assertEquals(400, byNationalId.status(), "only HR may search by national ID");
    Api.Reply inTheAddress = as.get("hr-bp").get("/api/v1/employees?nationalId=110101199003074514");
    assertEquals(400, inTheAddress.status(), "a national ID never travels in an address");
    assertTrue(inTheAddress.fields().contains("nationalId"), inTheAddress.body());
  }

  @Test
  void aLineManagerSeesThemselvesAndEveryoneWhoReportsToThem() {
    Api manager = as.get("line-manager");
    assertEquals(Set.of("M", "E1", "E2"), listed(manager));
    assertNoSensitiveFields(manager.get("/api/v1/employees/" + ids.get("E2")).json());
    assertHidden(manager, "C");
    assertHidden(manager, "H");
    assertHidden(manager, "O");
  }

  @Test
  void anEmployeeSeesOnlyTheirOwnRecordAndNotTheirSalary() {
    Api employee = as.get("employee");
    assertEquals(Set.of("E1"), listed(employee));
    JsonNode self = employee.get("/api/v1/employees/" + ids.get("E1")).json();
    assertEquals(names.get("E1"), self.get("fullName").asText());
    assertNoSensitiveFields(self);
    assertHidden(employee, "M");
    assertHidden(employee, "E2");
    JsonNode me = employee.get("/api/v1/me").json();
    assertEquals(ids.get("E1").longValue(), me.get("employee").get("id").asLong());
    assertEquals(1, me.get("peopleInScope").asLong());
  }

  @Test
  void legalSeesEveryoneForLegalHoldsButNoSensitiveFieldsOrHistory() {
    Api legal = as.get("legal");
    JsonNode outsider = legal.get("/api/v1/employees/" + ids.get("O")).json();
    assertEquals(names.get("O"), outsider.get("fullName").asText());
    assertNoSensitiveFields(outsider);
    assertEquals(403, legal.get("/api/v1/employees/" + ids.get("O") + "/history").status());
  }

  @Test
  void itAdminsAndAuditorsSeeNoPersonalData() {
    for (String role : new String[] {"it-admin", "auditor"}) {
      Api api = as.get(role);
      Api.Reply one = api.get("/api/v1/employees/" + ids.get("E1"));
      assertEquals(403, one.status(), role);
      assertFalse(one.body().contains(names.get("E1")), role + " got data: " + one.body());
      Api.Reply list = api.get("/api/v1/employees?q=" + tag);
      assertEquals(403, list.status(), role);
      assertEquals(0, api.get("/api/v1/me").json().get("peopleInScope").asLong(), role);
    }
  }

  @Test
  void anAccountIsBoundByIssuerAndSubjectAndTheBindingCannotBeTakenOver() {
    // E1's own account signs in first and is bound; a second account claiming E1's employee
    // number later does not get E1's record.
    assertEquals(200, as.get("employee").get("/api/v1/me").status());
    String impostor = "impostor-" + tag.toLowerCase(Locale.ROOT);
    KeycloakAdmin.get().createUser(impostor, numberOf("E1"), "employee");
    Api api = Api.as(BASE, impostor);
    JsonNode me = api.get("/api/v1/me").json();
    assertFalse(me.hasNonNull("employee"), "the impostor is not bound: " + me);
    assertEquals(Set.of(), listed(api));
    JsonNode account = admin.get("/api/v1/employees/" + ids.get("E1") + "/account").json();
    assertEquals(System.getProperty("linchpin.oidc.provider-url"), account.get("issuer").asText());
    assertEquals(
        KeycloakAdmin.get().userId(users.get("employee")), account.get("subject").asText());
  }

  private void assertHidden(Api api, String who) {
    Api.Reply reply = api.get("/api/v1/employees/" + ids.get(who));
    assertEquals(404, reply.status(), who + " must be invisible: " + reply.body());
    assertFalse(reply.body().contains(names.get(who)), "no data in the answer: " + reply.body());
    Api.Reply search =
        api.get(
            "/api/v1/employees?q="
                + java.net.URLEncoder.encode(
                    names.get(who), java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(200, search.status());
    assertEquals(
        0, search.json().get("total").asLong(), who + " found by search: " + search.body());
  }

  private static void assertNoSensitiveFields(JsonNode e) {
    assertFalse(e.hasNonNull("nationalId"), e.toString());
    assertFalse(e.hasNonNull("bankAccount"), e.toString());
    assertFalse(e.hasNonNull("baseSalary"), e.toString());
  }

  private Set<String> listed(Api api) {
    Api.Reply reply = api.get("/api/v1/employees?size=200&q=" + tag);
    assertEquals(200, reply.status(), reply.body());
    Set<String> who = new HashSet<>();
    for (JsonNode item : reply.json().get("items")) {
      names.forEach(
          (key, name) -> {
            if (name.equals(item.get("fullName").asText())) {
              who.add(key);
            }
          });
    }
    return who;
  }

  private void account(String role, String employee) {
    String user = role + "-" + tag.toLowerCase(Locale.ROOT);
    KeycloakAdmin.get().createUser(user, employee == null ? null : numberOf(employee), role);
    as.put(role, Api.as(BASE, user));
    users.put(role, user);
  }

  private String numberOf(String key) {
    return "SC" + tag + key;
  }

  private long unit(String name, Long parent) {
    return OrgUnits.create(admin, "SC", name, parent);
  }

  private void hire(String key, long unit, Long manager) {
    Map<String, Object> hire = new HashMap<>();
    hire.put("employeeNumber", numberOf(key));
    hire.put("fullName", "范围" + key + tag);
    hire.put("hireDate", "2020-06-01");
    hire.put("orgUnitId", unit);
    hire.put("nationalId", Imports.residentId());
    hire.put("bankAccount", "6222020200112233445");
    hire.put("baseSalary", 20000);
    if (manager != null) {
      hire.put("managerId", manager);
    }
    Api.Reply reply = admin.post("/api/v1/employees", hire);
    assertEquals(201, reply.status(), reply.body());
    ids.put(key, reply.json().get("id").asLong());
    names.put(key, "范围" + key + tag);
  }
}
