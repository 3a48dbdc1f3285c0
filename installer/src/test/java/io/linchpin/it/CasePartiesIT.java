package io.linchpin.it;

import static io.linchpin.it.LinchpinDeployment.BASE;
import static io.linchpin.it.LinchpinDeployment.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Locale;
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
 * The attacker's list for who works a case (defects 6 and 10): a step handed to any user name, a
 * party nobody can see or take back, and a user name deleted and created again that inherits the
 * old account's cases. A step goes only to an account with its role and a scope over the employee;
 * parties are listed, granted and revoked by HR admins, on the timeline; access follows the account
 * (issuer and subject), never the user name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CasePartiesIT {

  private static final String SUMMARY = "法院执行通知送达公司，涉及担保债务";
  private final Api admin = Api.as(BASE, "hr.admin");
  private String tag;
  private long employee;
  private Api opener;
  private String partner;
  private String otherUnitPartner;
  private String legal;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return LinchpinDeployment.ear();
  }

  @BeforeAll
  void twoUnitsWithTheirPartnersAndLegal() {
    tag = unique("");
    String lower = tag.toLowerCase(Locale.ROOT);
    long root = OrgUnits.create(admin, "PT", "当事人" + tag, null);
    long unit = OrgUnits.create(admin, "PT", "当事人一部", root);
    long other = OrgUnits.create(admin, "PT", "当事人二部", root);
    employee = Staff.hire(admin, "PT" + tag + "E", "当事人E" + tag, unit);
    for (String[] p : new String[][] {{"A", "" + unit}, {"B", "" + unit}, {"C", "" + other}}) {
      long id = Staff.hire(admin, "PT" + tag + p[0], "当事人" + p[0] + tag, Long.parseLong(p[1]));
      Staff.partnerOf(admin, Long.parseLong(p[1]), id);
    }
    opener = Staff.account("bp-a-" + lower, "PT" + tag + "A", "hr-bp");
    partner = "bp-b-" + lower;
    Staff.account(partner, "PT" + tag + "B", "hr-bp");
    otherUnitPartner = "bp-c-" + lower;
    Staff.account(otherUnitPartner, "PT" + tag + "C", "hr-bp");
    legal = "legal-pt-" + lower;
    Staff.account(legal, null, "legal");
  }

  @Test
  void aStepGoesOnlyToAnAccountHoldingItsRoleWithTheEmployeeInScope() {
    long id = open("NORMAL");
    String step = Tasks.offered(opener, id, "hrConversation");
    String assignee = "/api/v1/tasks/" + step + "/assignee";

    assertRefused(admin.post(assignee, Map.of("username", "nobody-" + tag)), "username");
    assertRefused(admin.post(assignee, Map.of("username", legal)), "username");
    assertRefused(admin.post(assignee, Map.of("username", otherUnitPartner)), "username");
    assertEquals(404, Api.as(BASE, legal).get("/api/v1/cases/" + id).status());
    assertEquals(404, Api.as(BASE, otherUnitPartner).get("/api/v1/cases/" + id).status());

    Api.Reply handed = admin.post(assignee, Map.of("username", partner));
    assertEquals(200, handed.status(), handed.body());
    assertEquals(partner, handed.json().get("assignee").asText());
    JsonNode parties = admin.get("/api/v1/cases/" + id + "/parties").json();
    JsonNode party = byName(parties, partner);
    assertEquals("HANDED", party.get("how").asText(), parties.toString());
    assertEquals("hr.admin", party.get("grantedBy").asText(), parties.toString());
    assertEquals(
        "OPENED", byName(parties, "bp-a-" + tag.toLowerCase(Locale.ROOT)).get("how").asText());

    // The step is the partner's now: the opener neither completes nor hands it on.
    Api.Reply taken =
        opener.post(
            "/api/v1/tasks/" + step + "/complete",
            Map.of("values", Map.of("employeeReached", true)));
    assertEquals(409, taken.status(), taken.body());
    assertTrue(taken.body().contains(partner), taken.body());
  }

  @Test
  void partiesAreGrantedListedAndRevokedByHrAdminsOnly() {
    long id = open("RESTRICTED");
    String parties = "/api/v1/cases/" + id + "/parties";
    Api legalApi = Api.as(BASE, legal);
    assertEquals(404, legalApi.get("/api/v1/cases/" + id).status());

    assertEquals(403, opener.post(parties, Map.of("username", legal)).status());
    assertRefused(admin.post(parties, Map.of("username", otherUnitPartner)), "username");
    assertRefused(admin.post(parties, Map.of("username", "nobody-" + tag)), "username");
    assertRefused(admin.post(parties, Map.of()), "username");

    Api.Reply granted = admin.post(parties, Map.of("username", legal));
    assertEquals(201, granted.status(), granted.body());
    assertEquals("GRANTED", granted.json().get("how").asText());
    long account = granted.json().get("accountId").asLong();
    assertEquals(409, admin.post(parties, Map.of("username", legal)).status());
    Api.Reply read = legalApi.get("/api/v1/cases/" + id);
    assertEquals(200, read.status(), read.body());
    assertTrue(read.body().contains(SUMMARY), "a granted party reads the case: " + read.body());
    assertTrue(read.json().findValuesAsText("kind").contains("PARTY_GRANTED"), read.body());

    assertEquals(403, opener.delete(parties + "/" + account).status());
    assertEquals(204, admin.delete(parties + "/" + account).status());
    assertEquals(404, legalApi.get("/api/v1/cases/" + id).status());
    assertEquals(404, admin.delete(parties + "/" + account).status());
    JsonNode after = admin.get("/api/v1/cases/" + id).json();
    assertTrue(after.findValuesAsText("kind").contains("PARTY_REVOKED"), after.toString());
    assertFalse(admin.get(parties).body().contains(legal), "revoked parties are not listed");
  }

  @Test
  void aUserNameGivenToANewAccountInheritsNothing() {
    long id = open("RESTRICTED");
    String name = "legal-reuse-" + tag.toLowerCase(Locale.ROOT);
    Api first = Staff.account(name, null, "legal");
    Api.Reply granted = admin.post("/api/v1/cases/" + id + "/parties", Map.of("username", name));
    assertEquals(201, granted.status(), granted.body());
    assertEquals(200, first.get("/api/v1/cases/" + id).status());

    KeycloakAdmin.get().deleteUser(name);
    Tokens.forget(name);
    Api second = Staff.account(name, null, "legal");
    Api.Reply read = second.get("/api/v1/cases/" + id);
    assertEquals(
        404, read.status(), "the new account inherited the old one's case: " + read.body());
    Api.Reply list = second.get("/api/v1/cases");
    assertFalse(list.body().contains(SUMMARY), list.body());
    assertFalse(list.body().contains("\"id\":" + id + ","), list.body());

    // The new account is granted on its own, as a second party of the same name.
    Api.Reply again = admin.post("/api/v1/cases/" + id + "/parties", Map.of("username", name));
    assertEquals(201, again.status(), again.body());
    assertTrue(again.json().get("accountId").asLong() != granted.json().get("accountId").asLong());
    assertEquals(200, second.get("/api/v1/cases/" + id).status());
  }

  private long open(String confidentiality) {
    Map<String, Object> intake = new HashMap<>();
    intake.put("type", "DEBT_COLLECTION");
    intake.put("employeeId", employee);
    intake.put("severity", "MEDIUM");
    intake.put("confidentiality", confidentiality);
    intake.put("summary", SUMMARY);
    Api.Reply opened = opener.post("/api/v1/cases", intake);
    assertEquals(201, opened.status(), opened.body());
    return opened.json().get("id").asLong();
  }

  private static JsonNode byName(JsonNode parties, String username) {
    for (JsonNode p : parties) {
      if (username.equals(p.get("username").asText())) {
        return p;
      }
    }
    throw new AssertionError(username + " is not a party: " + parties);
  }

  private static void assertRefused(Api.Reply reply, String field) {
    assertEquals(400, reply.status(), reply.body());
    assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    assertTrue(reply.body().contains("\"" + field + "\""), reply.body());
  }
}
