package io.linchpin.it;

import static io.linchpin.it.LinchpinDeployment.BASE;
import static io.linchpin.it.LinchpinDeployment.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
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
 * The attacker's list for restricted cases (defect 7): a business head who only holds the role of
 * one step tries to read the case's details by writing on it (a note, a file), and reads its
 * interventions and files directly. None of it may show what only the case's own people read.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseAccessAttackIT {

  private static final String SUMMARY = "催收电话打到前台，涉及网贷 38000 元";
  private final Api admin = Api.as(BASE, "hr.admin");
  private final Map<String, Long> ids = new HashMap<>();
  private Api hrbp;
  private Api head;
  private String tag;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return LinchpinDeployment.ear();
  }

  @BeforeAll
  void aUnitWithAnHrPartnerAHeadAndAnEmployee() {
    tag = unique("");
    long root = OrgUnits.create(admin, "RC", "限制" + tag, null);
    long unit = OrgUnits.create(admin, "RC", "限制一部", root);
    for (String key : new String[] {"P", "H", "E"}) {
      ids.put(key, Staff.hire(admin, "RC" + tag + key, "限制" + key + tag, unit));
    }
    Staff.partnerOf(admin, unit, ids.get("P"));
    hrbp = account("hr-bp", "P");
    head = account("business-head", "H");
  }

  @Test
  void writingOnARestrictedCaseDoesNotOpenItsDetails() {
    Map<String, Object> intake = new HashMap<>();
    intake.put("type", "DEBT_COLLECTION");
    intake.put("employeeId", ids.get("E"));
    intake.put("severity", "HIGH");
    intake.put("confidentiality", "RESTRICTED");
    intake.put("summary", SUMMARY);
    Api.Reply opened = hrbp.post("/api/v1/cases", intake);
    assertEquals(201, opened.status(), opened.body());
    long id = opened.json().get("id").asLong();
    String loans = "/api/v1/cases/" + id + "/interventions";
    Api.Reply loan =
        hrbp.post(
            loans,
            Map.of(
                "kind",
                "RELIEF_LOAN",
                "owner",
                "hr.bp",
                "details",
                Map.of("amount", 30000, "months", 12)));
    assertEquals(201, loan.status(), loan.body());
    Tasks.complete(
        hrbp,
        Tasks.offered(hrbp, id, "hrConversation"),
        Map.of(
            "employeeReached", true,
            "wellbeingChecked", true,
            "supportExplained", true,
            "nextStepsAgreed", true,
            "situation", "家人重病，借了网贷"));
    Tasks.offered(head, id, "continuityPlan");

    Api.Reply note = head.post("/api/v1/cases/" + id + "/notes", Map.of("text", "客户已交接"));
    assertTrue(note.status() < 300, note.body());
    Api.Reply file =
        head.postRaw(
            "/api/v1/cases/" + id + "/attachments?fileName=plan.pdf",
            "application/pdf",
            "%PDF-1.4\n% 继任安排\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(201, file.status(), file.body());

    Api.Reply after = head.get("/api/v1/cases/" + id);
    assertEquals(200, after.status(), after.body());
    assertFalse(after.body().contains(SUMMARY), "writing made the head a reader: " + after.body());
    assertFalse(after.body().contains("家人重病"), after.body());

    Api.Reply interventions = head.get(loans);
    assertEquals(200, interventions.status(), interventions.body());
    for (JsonNode i : interventions.json()) {
      assertTrue(i.get("loan") == null || i.get("loan").isNull(), "no loan for the head: " + i);
      assertEquals(0, i.get("details").size(), i.toString());
    }
    assertFalse(interventions.body().contains("30000"), interventions.body());
    assertEquals(404, head.get("/api/v1/cases/" + id + "/attachments").status());
    int plan =
        head.post(loans, Map.of("kind", "WORKLOAD", "owner", "head", "details", Map.of())).status();
    assertTrue(plan == 403 || plan == 404, "a step's role does not plan on a restricted case");

    JsonNode own = hrbp.get(loans).json();
    assertEquals(
        0,
        own.get(0)
            .get("loan")
            .get("amount")
            .decimalValue()
            .compareTo(new java.math.BigDecimal(30000)));
  }

  private Api account(String role, String employee) {
    String user = role + "-rc-" + tag.toLowerCase(Locale.ROOT);
    KeycloakAdmin.get().createUser(user, "RC" + tag + employee, role);
    return Api.as(BASE, user);
  }
}
