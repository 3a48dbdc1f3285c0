package io.linchpin.it;

import static io.linchpin.it.LinchpinDeployment.BASE;
import static io.linchpin.it.LinchpinDeployment.database;
import static io.linchpin.it.LinchpinDeployment.unique;
import static io.linchpin.it.Tasks.complete;
import static io.linchpin.it.Tasks.offered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
 * The debt-collection playbook on the real server and engine, worked by real accounts of each role:
 * the HR business partner of the unit, Legal, the unit's business head, HR admins; a business head
 * of another unit never sees the case.
 *
 * <pre>
 * R
 * ├── BU1   head H, HR partner P; employees E, F
 * └── BU2   head H2
 * </pre>
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseworkIT {

  private static final String SUMMARY = "催收公司连续三天打电话到前台，称该员工欠款未还";

  private final Api admin = Api.as(BASE, "hr.admin");
  private final Map<String, Long> ids = new HashMap<>();
  private final Map<String, Api> as = new HashMap<>();
  private String tag;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return LinchpinDeployment.ear();
  }

  @BeforeAll
  void anOrganisationWithAccountsForEveryoneWhoWorksACase() {
    tag = unique("");
    long r = unit("案件" + tag, null);
    long bu1 = unit("销售一部", r);
    long bu2 = unit("销售二部", r);
    for (String key : List.of("H", "P", "E", "F", "G")) {
      hire(key, bu1);
    }
    hire("H2", bu2);
    assertEquals(
        200,
        admin.put("/api/v1/org-units/" + bu1 + "/hr-partners/" + ids.get("P"), Map.of()).status());
    account("hr-bp", "P", "hr-bp");
    account("business-head", "H", "head");
    account("business-head", "H2", "head2");
    hire("L", bu1);
    account("legal", "L", "legal");
  }

  @Test
  void aDebtCollectionCaseRunsFromIntakeToCloseWithEveryRoleDoingItsStep() throws Exception {
    Api hrbp = as.get("hr-bp");
    Api legal = as.get("legal");
    Api head = as.get("head");
    Api otherHead = as.get("head2");

    Api.Reply opened = hrbp.post("/api/v1/cases", intake("E"));
    assertEquals(201, opened.status(), opened.body());
    JsonNode c = opened.json();
    long id = c.get("id").asLong();
    assertTrue(c.get("reference").asText().matches("C\\d{4}-[0-9A-Z]{6}"), c.toString());
    assertEquals("OPEN", c.get("status").asText());
    assertEquals(SUMMARY, c.get("summary").asText());
    assertEquals(List.of("hrConversation"), steps(c));

    assertEquals(404, legal.get("/api/v1/cases/" + id).status(), "Legal is not involved yet");
    assertEquals(404, otherHead.get("/api/v1/cases/" + id).status());
    assertFalse(listed(otherHead).contains(id));

    String hrTask = offered(hrbp, id, "hrConversation");
    Api.Reply incomplete =
        hrbp.post("/api/v1/tasks/" + hrTask + "/complete", Map.of("values", Map.of("bogus", 1)));
    assertEquals(400, incomplete.status(), incomplete.body());
    Set<String> fields = incomplete.fields();
    assertTrue(
        fields.containsAll(Set.of("values.situation", "values.employeeReached", "values.bogus")),
        fields.toString());

    c =
        complete(
            hrbp,
            hrTask,
            Map.of(
                "employeeReached", true,
                "wellbeingChecked", true,
                "supportExplained", true,
                "nextStepsAgreed", true,
                "situation", "家人重病，借了网贷，无力偿还"));
    assertEquals(Set.of("legalAssessment", "continuityPlan"), new HashSet<>(steps(c)));

    Api.Reply legalView = legal.get("/api/v1/cases/" + id);
    assertEquals(200, legalView.status(), "Legal sees the case once it takes part");
    assertTrue(legalView.json().get("legalInvolved").asBoolean());
    String legalTask = offered(legal, id, "legalAssessment");
    String continuityTask = offered(head, id, "continuityPlan");
    assertFalse(taskIds(otherHead.get("/api/v1/tasks").json()).contains(continuityTask));
    assertEquals(
        404, otherHead.post("/api/v1/tasks/" + continuityTask + "/claim", Map.of()).status());

    Api.Reply claimed = legal.post("/api/v1/tasks/" + legalTask + "/claim", Map.of());
    assertEquals(200, claimed.status(), claimed.body());
    assertTrue(claimed.json().get("assignee").asText().startsWith("legal-"));
    assertTrue(taskIds(legal.get("/api/v1/tasks?filter=mine").json()).contains(legalTask));
    assertEquals(
        404,
        hrbp.post("/api/v1/tasks/" + legalTask + "/complete", Map.of("values", Map.of())).status(),
        "someone without the role cannot complete Legal's step");

    complete(
        legal,
        legalTask,
        Map.of(
            "harassment",
            true,
            "companyDataAtRisk",
            false,
            "legalRisk",
            "MEDIUM",
            "assessment",
            "催收行为构成骚扰，建议书面警告催收方"));
    c = complete(head, continuityTask, Map.of("coveredBy", "李四", "plan", "李四暂时接手华东区三个大客户"));
    assertEquals(List.of("interventionPlan"), steps(c));

    complete(
        hrbp,
        offered(hrbp, id, "interventionPlan"),
        Map.of("interventions", "紧急救助借款 30,000 元，分 12 个月还", "owner", "HR partner"));
    c =
        complete(
            hrbp,
            offered(hrbp, id, "reviewAndClose"),
            Map.of("outcome", "员工留任，催收已停止", "rootCause", "FAMILY_EMERGENCY"));

    assertEquals("CLOSED", c.get("status").asText(), c.toString());
    assertFalse(c.hasNonNull("outcome"), "completing answers no sensitive text");
    c = hrbp.get("/api/v1/cases/" + id).json();
    assertEquals("FAMILY_EMERGENCY", c.get("rootCause").asText());
    assertEquals("员工留任，催收已停止", c.get("outcome").asText());
    assertEquals("家人重病，借了网贷，无力偿还", c.get("timeline").findValuesAsText("situation").get(0));
    assertNotNull(c.get("closedAt").asText());
    List<String> kinds = new ArrayList<>();
    c.get("timeline").forEach(e -> kinds.add(e.get("kind").asText()));
    assertEquals(1, kinds.stream().filter("OPENED"::equals).count(), kinds.toString());
    assertEquals(5, kinds.stream().filter("STEP_STARTED"::equals).count(), kinds.toString());
    assertEquals(5, kinds.stream().filter("STEP_COMPLETED"::equals).count(), kinds.toString());
    assertEquals("CLOSED", kinds.get(kinds.size() - 1), kinds.toString());
    assertEquals(0, c.get("openSteps").size());

    assertTrue(listed(head).contains(id), "the business head worked the case");
    assertTrue(listed(legal).contains(id));
    assertFalse(listed(otherHead).contains(id));

    JsonNode reads =
        Api.as(BASE, "auditor")
            .get("/api/v1/audit/entries?operation=READ_SENSITIVE&objectId=" + id)
            .json();
    assertTrue(reads.get("total").asInt() >= 1, reads.toString());
    assertNothingInClear(id, List.of(SUMMARY, "家人重病", "员工留任"));
  }

  @Test
  void aPersonWithAnOpenCaseCannotBeErased() {
    Api.Reply opened = as.get("hr-bp").post("/api/v1/cases", intake("F"));
    assertEquals(201, opened.status(), opened.body());
    Api.Reply refused =
        admin.post("/api/v1/employees/" + ids.get("F") + "/erasure", Map.of("reason", "request"));
    assertEquals(409, refused.status(), refused.body());
    assertEquals("openCase", refused.json().get("errors").get(0).get("field").asText());
    assertFalse(admin.get("/api/v1/employees/" + ids.get("F")).json().get("erased").asBoolean());
  }

  @Test
  void anIntakeWithMistakesIsRefusedFieldByFieldAndLeavesNoCase() {
    long before =
        admin.get("/api/v1/cases?employeeId=" + ids.get("G")).json().get("total").asLong();
    Map<String, Object> bad = new HashMap<>();
    bad.put("type", "PARKING_FINE");
    bad.put("employeeId", ids.get("G"));
    bad.put("severity", "APOCALYPTIC");
    bad.put("summary", " ");
    Api.Reply refused = as.get("hr-bp").post("/api/v1/cases", bad);
    assertEquals(400, refused.status(), refused.body());
    assertTrue(refused.contentType().startsWith("application/problem+json"));
    Set<String> fields = refused.fields();
    assertEquals(Set.of("type", "severity", "summary"), fields);

    Api.Reply outOfScope = as.get("hr-bp").post("/api/v1/cases", intake("H2"));
    assertEquals(400, outOfScope.status(), "the partner of BU1 cannot open a case on BU2");
    assertEquals(
        before, admin.get("/api/v1/cases?employeeId=" + ids.get("G")).json().get("total").asLong());
  }

  @Test
  void aStepThatMissesItsDeadlineIsEscalatedToHrAdmins() throws Exception {
    List<Map<String, String>> fast =
        List.of(Map.of("step", "hrConversation", "sla", "PT3S", "remindBefore", "PT1S"));
    List<Map<String, String>> normal =
        List.of(Map.of("step", "hrConversation", "sla", "PT8H", "remindBefore", "PT2H"));
    Api.Reply set = admin.put("/api/v1/playbooks/DEBT_COLLECTION/slas", fast);
    assertEquals(200, set.status(), set.body());
    long id;
    try {
      Api.Reply opened = as.get("hr-bp").post("/api/v1/cases", intake("G"));
      assertEquals(201, opened.status(), opened.body());
      id = opened.json().get("id").asLong();
    } finally {
      assertEquals(200, admin.put("/api/v1/playbooks/DEBT_COLLECTION/slas", normal).status());
    }
    List<String> kinds = List.of();
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline && !kinds.contains("STEP_OVERDUE")) {
      Thread.sleep(500);
      kinds = new ArrayList<>();
      for (JsonNode e : admin.get("/api/v1/cases/" + id).json().get("timeline")) {
        kinds.add(e.get("kind").asText());
      }
    }
    assertTrue(kinds.contains("REMINDER"), kinds.toString());
    assertTrue(kinds.contains("STEP_OVERDUE"), kinds.toString());
    JsonNode step = admin.get("/api/v1/cases/" + id).json().get("openSteps").get(0);
    assertEquals("hrConversation", step.get("step").asText());
    assertTrue(step.get("overdue").asBoolean());
    assertTrue(step.get("priority").asInt() >= 80);
    assertTrue(rolesOf(step).contains("hr-admin"), step.toString());
    assertTrue(
        taskIds(admin.get("/api/v1/tasks?filter=offered").json())
            .contains(step.get("id").asText()));
    boolean told = false;
    for (JsonNode n : admin.get("/api/v1/me/notifications").json()) {
      told |= n.get("caseId").asLong() == id && "STEP_OVERDUE".equals(n.get("kind").asText());
    }
    assertTrue(told, "HR admins are told");
    assertEquals(
        "PT8H",
        admin.get("/api/v1/playbooks/DEBT_COLLECTION/slas").json().findValues("sla").stream()
            .filter(v -> v.asText().equals("PT8H"))
            .findFirst()
            .map(JsonNode::asText)
            .orElse(""));
  }

  @Test
  void legalsMailboxAndAnAssigneeAreToldByMailWithoutTheCasesText() throws Exception {
    GreenMail smtp = new GreenMail(new ServerSetup(33025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try {
      Api hrbp = as.get("hr-bp");
      String slas = "/api/v1/playbooks/DEBT_COLLECTION/slas";
      admin.put(
          slas, List.of(Map.of("step", "legalAssessment", "sla", "PT6S", "remindBefore", "PT4S")));
      long id;
      try {
        Api.Reply opened = hrbp.post("/api/v1/cases", intake("F"));
        assertEquals(201, opened.status(), opened.body());
        id = opened.json().get("id").asLong();
        complete(hrbp, offered(hrbp, id, "hrConversation"), hrConversation());
      } finally {
        admin.put(
            slas,
            List.of(Map.of("step", "legalAssessment", "sla", "PT16H", "remindBefore", "PT4H")));
      }
      String reference = admin.get("/api/v1/cases/" + id).json().get("reference").asText();
      Api legal = as.get("legal");
      assertEquals(
          "CW" + tag + "L",
          legal.get("/api/v1/me").json().get("employeeNumber").asText(),
          "signing in binds the account to its employee record, whose address mails go to");
      assertEquals(
          200,
          legal
              .post("/api/v1/tasks/" + offered(legal, id, "legalAssessment") + "/claim", Map.of())
              .status());

      boolean both = smtp.waitForIncomingEmail(30_000, 2);
      List<String> received = new ArrayList<>();
      for (jakarta.mail.internet.MimeMessage m : smtp.getReceivedMessages()) {
        received.add(m.getAllRecipients()[0] + ": " + m.getSubject());
      }
      assertTrue(both, "the mailbox and the assignee are written to: " + received);
      List<String> toLegalTeam = new ArrayList<>();
      List<String> toAssignee = new ArrayList<>();
      for (jakarta.mail.internet.MimeMessage m : smtp.getReceivedMessages()) {
        String to = m.getAllRecipients()[0].toString();
        String text = m.getSubject() + "\n" + com.icegreen.greenmail.util.GreenMailUtil.getBody(m);
        assertFalse(text.contains("催收"), "no case text in a mail: " + text);
        if (to.equals("legal-team@linchpin.test")) {
          toLegalTeam.add(m.getSubject());
        } else if (to.equals(emailOf("L"))) {
          toAssignee.add(m.getSubject());
        }
      }
      assertTrue(
          toLegalTeam.stream().anyMatch(s -> s.contains(reference) && s.contains("waiting")),
          toLegalTeam.toString());
      assertTrue(
          toAssignee.stream().anyMatch(s -> s.contains(reference) && s.startsWith("Reminder")),
          toAssignee.toString());
    } finally {
      smtp.stop();
    }
  }

  private static Map<String, Object> hrConversation() {
    return Map.of(
        "employeeReached", true,
        "wellbeingChecked", true,
        "supportExplained", true,
        "nextStepsAgreed", true,
        "situation", "家人重病");
  }

  private String emailOf(String key) {
    return ("CW" + tag + key).toLowerCase(Locale.ROOT) + "@linchpin.test";
  }

  @Test
  void filesOnACaseAreKeptEncryptedAndOnlyItsPeopleReadThem() throws Exception {
    Api hrbp = as.get("hr-bp");
    Api.Reply opened = hrbp.post("/api/v1/cases", intake("E"));
    assertEquals(201, opened.status(), opened.body());
    long id = opened.json().get("id").asLong();
    String files = "/api/v1/cases/" + id + "/attachments";
    byte[] letter =
        "%PDF-1.4\n% 催收公司来函：要求公司代扣工资\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Api.Reply stored =
        hrbp.postRaw(
            files + "?fileName=" + java.net.URLEncoder.encode("催收函.pdf", "UTF-8"),
            "application/pdf",
            letter);
    assertEquals(201, stored.status(), stored.body());
    String fileId = stored.json().get("id").asText();
    assertEquals("application/pdf", stored.json().get("contentType").asText());
    Api.Reply refused =
        hrbp.postRaw(
            files + "?fileName=run.exe", "application/octet-stream", new byte[] {'M', 'Z', 0, 0});
    assertEquals(400, refused.status(), refused.body());

    assertEquals(1, hrbp.get(files).json().size());
    assertEquals(404, as.get("legal").get(files).status(), "Legal is not involved");
    assertTrue(java.util.Arrays.equals(letter, admin.getBytes(files + "/" + fileId)));
    assertTrue(
        admin
            .get("/api/v1/cases/" + id)
            .json()
            .findValuesAsText("kind")
            .contains("ATTACHMENT_ADDED"));
    JsonNode reads =
        Api.as(BASE, "auditor")
            .get(
                "/api/v1/audit/entries?operation=READ_SENSITIVE&objectType=case-attachment&objectId="
                    + fileId)
            .json();
    assertEquals(1, reads.get("total").asInt(), reads.toString());
    byte[] onDisk =
        java.nio.file.Files.readAllBytes(
            java.nio.file.Path.of(
                System.getProperty("jboss.home"), "standalone/data/linchpin/attachments", fileId));
    assertFalse(
        new String(onDisk, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%PDF"),
        "the file store holds no clear text");
  }

  @Test
  void slaSettingsAreValidated() {
    Api.Reply refused =
        admin.put(
            "/api/v1/playbooks/DEBT_COLLECTION/slas",
            List.of(
                Map.of("step", "coffeeBreak", "sla", "PT1H", "remindBefore", "PT1M"),
                Map.of("step", "legalAssessment", "sla", "eight hours", "remindBefore", "PT1H"),
                Map.of("step", "continuityPlan", "sla", "PT1H", "remindBefore", "PT2H")));
    assertEquals(400, refused.status(), refused.body());
    Set<String> fields = refused.fields();
    assertEquals(
        Set.of("slas[0].step", "slas[1].sla", "slas[2].remindBefore"), fields, refused.body());
  }

  @Test
  void noDecisionOnAnAdverseFindingBeforeTheEmployeeRespondedOrTheWindowEnded() throws Exception {
    Api hrbp = as.get("hr-bp");
    String slas = "/api/v1/playbooks/ADVERSE_FINDING/slas";
    assertEquals(
        200,
        admin
            .put(
                slas,
                List.of(Map.of("step", "responseWindow", "sla", "PT4S", "remindBefore", "PT1S")))
            .status());
    long silent;
    try {
      silent = openAdverse(hrbp);
    } finally {
      admin.put(
          slas, List.of(Map.of("step", "responseWindow", "sla", "P7D", "remindBefore", "P2D")));
    }
    long responding = openAdverse(hrbp);

    for (long id : List.of(silent, responding)) {
      complete(
          hrbp,
          offered(hrbp, id, "noticeToEmployee"),
          Map.of("finding", "法院失信被执行人名单记录一条", "noticeDelivered", true));
      JsonNode c = admin.get("/api/v1/cases/" + id).json();
      assertEquals(List.of("employeeResponse"), steps(c), "no decision yet");
    }

    JsonNode answered =
        complete(
            hrbp,
            offered(hrbp, responding, "employeeResponse"),
            Map.of("disputes", true, "response", "该记录已于上月结清，附法院结案证明"));
    assertEquals(List.of("decision"), steps(answered), "a response opens the decision at once");

    List<String> kinds = List.of();
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline && !kinds.contains("RESPONSE_WINDOW_ENDED")) {
      Thread.sleep(500);
      kinds = admin.get("/api/v1/cases/" + silent).json().findValuesAsText("kind");
    }
    assertTrue(kinds.contains("RESPONSE_WINDOW_ENDED"), kinds.toString());
    assertEquals(List.of("decision"), steps(admin.get("/api/v1/cases/" + silent).json()));

    assertEquals(
        404,
        hrbp.post("/api/v1/tasks/" + offered(admin, silent, "decision") + "/claim", Map.of())
            .status(),
        "the decision belongs to a named HR admin");
    complete(
        admin,
        offered(admin, silent, "decision"),
        Map.of("decision", "SUPPORT_PLAN", "rationale", "员工未回应；记录属实，安排财务辅导"));
    JsonNode closed =
        complete(
            hrbp,
            offered(hrbp, silent, "finalNotice"),
            Map.of("noticeDelivered", true, "outcome", "已书面通知决定", "rootCause", "CONSUMER_DEBT"));
    assertEquals("CLOSED", closed.get("status").asText());
    assertEquals("CONSUMER_DEBT", closed.get("rootCause").asText());
  }

  @Test
  void aRetentionRiskRunsThroughConversationShadowingAndTransition() {
    Api hrbp = as.get("hr-bp");
    Api head = as.get("head");
    Map<String, Object> body = intake("E");
    body.put("type", "RETENTION_RISK");
    body.put("summary", "核心客户经理收到竞争对手邀约");
    Api.Reply opened = hrbp.post("/api/v1/cases", body);
    assertEquals(201, opened.status(), opened.body());
    long id = opened.json().get("id").asLong();
    JsonNode c =
        complete(
            hrbp,
            offered(hrbp, id, "retentionConversation"),
            Map.of("reasons", "薪酬低于市场", "offer", "调薪 15%", "stance", "UNDECIDED"));
    assertEquals(Set.of("successorShadowing", "customerTransitionPlan"), new HashSet<>(steps(c)));
    complete(
        head, offered(head, id, "successorShadowing"), Map.of("successor", "李四", "plan", "同访三个月"));
    complete(
        head,
        offered(head, id, "customerTransitionPlan"),
        Map.of("customers", "华东 12 家客户", "plan", "逐一引荐"));
    JsonNode closed =
        complete(
            hrbp,
            offered(hrbp, id, "retentionReview"),
            Map.of("outcome", "员工接受调薪留任", "rootCause", "COMPENSATION"));
    assertEquals("CLOSED", closed.get("status").asText());
  }

  private long openAdverse(Api hrbp) {
    Map<String, Object> body = intake("G");
    body.put("type", "ADVERSE_FINDING");
    body.put("summary", "背景调查发现失信被执行记录");
    Api.Reply opened = hrbp.post("/api/v1/cases", body);
    assertEquals(201, opened.status(), opened.body());
    return opened.json().get("id").asLong();
  }

  @Test
  void interventionsAreTrackedAndAReliefLoanIsRepaidWithinThePolicy() throws Exception {
    Api hrbp = as.get("hr-bp");
    Api.Reply opened = hrbp.post("/api/v1/cases", intake("E"));
    assertEquals(201, opened.status(), opened.body());
    long id = opened.json().get("id").asLong();
    String base = "/api/v1/cases/" + id + "/interventions";

    Api.Reply tooMuch =
        hrbp.post(
            base,
            Map.of(
                "kind",
                "RELIEF_LOAN",
                "owner",
                "hr.bp",
                "details",
                Map.of("amount", 60000, "months", 12)));
    assertEquals(400, tooMuch.status(), tooMuch.body());
    assertEquals("details.amount", tooMuch.json().get("errors").get(0).get("field").asText());

    Api.Reply loan =
        hrbp.post(
            base,
            Map.of(
                "kind",
                "RELIEF_LOAN",
                "owner",
                "hr.bp",
                "dueDate",
                java.time.LocalDate.now().plusYears(1).toString(),
                "details",
                Map.of("amount", 30000, "months", 12)));
    assertEquals(201, loan.status(), loan.body());
    long loanId = loan.json().get("id").asLong();
    JsonNode plan = loan.json().get("loan");
    assertEquals(12, plan.get("schedule").size());
    java.math.BigDecimal scheduled = java.math.BigDecimal.ZERO;
    for (JsonNode i : plan.get("schedule")) {
      scheduled = scheduled.add(i.get("amount").decimalValue());
    }
    assertEquals(0, scheduled.compareTo(new java.math.BigDecimal("30000")));
    assertEquals(
        0, plan.get("balance").decimalValue().compareTo(new java.math.BigDecimal("30000")));

    String today = java.time.LocalDate.now().toString();
    Api.Reply repaid =
        hrbp.post(base + "/" + loanId + "/repayments", Map.of("paidOn", today, "amount", 2500));
    assertEquals(201, repaid.status(), repaid.body());
    assertEquals("IN_PROGRESS", repaid.json().get("status").asText());
    assertEquals(
        0,
        repaid
            .json()
            .get("loan")
            .get("balance")
            .decimalValue()
            .compareTo(new java.math.BigDecimal("27500")));
    Api.Reply overpaid =
        hrbp.post(
            base + "/" + loanId + "/repayments",
            Map.of("paidOn", java.time.LocalDate.now().plusDays(3).toString(), "amount", 99999));
    assertEquals(400, overpaid.status());
    Set<String> fields = new HashSet<>(overpaid.json().findValuesAsText("field"));
    assertEquals(Set.of("paidOn", "amount"), fields, overpaid.body());

    Api.Reply kpi =
        hrbp.post(
            base,
            Map.of(
                "kind", "KPI_WEIGHT_CHANGE",
                "owner", "head",
                "details", Map.of("metric", "客户留存", "oldWeight", 20, "newWeight", 50)));
    assertEquals(201, kpi.status(), kpi.body());
    String kpiPath = base + "/" + kpi.json().get("id").asLong();
    assertEquals(
        400, hrbp.put(kpiPath, Map.of("status", "DONE")).status(), "done needs an outcome");
    Api.Reply done = hrbp.put(kpiPath, Map.of("status", "DONE", "outcome", "季度考核已按新权重执行"));
    assertEquals(200, done.status(), done.body());
    assertEquals(409, hrbp.put(kpiPath, Map.of("status", "IN_PROGRESS")).status());

    Api.Reply agreement =
        hrbp.post(
            base,
            Map.of(
                "kind", "SUPPLEMENTARY_AGREEMENT",
                "owner", "hr.bp",
                "details", Map.of("title", "救助借款补充协议", "terms", "公司向乙方提供免息借款三万元。\n乙方分十二个月归还。")));
    assertEquals(201, agreement.status(), agreement.body());
    byte[] docx = hrbp.getBytes(base + "/" + agreement.json().get("id").asLong() + "/agreement");
    try (org.apache.poi.xwpf.usermodel.XWPFDocument doc =
        new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
      String text =
          doc.getParagraphs().stream()
              .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
              .reduce("", (a, b) -> a + "\n" + b);
      assertTrue(text.contains("救助借款补充协议"), text);
      assertTrue(text.contains("案件E" + tag), text);
      assertTrue(text.contains("乙方分十二个月归还。"), text);
    }
    String agreementPath = base + "/" + agreement.json().get("id").asLong() + "/agreement";
    byte[] pdf = hrbp.getBytes(agreementPath + "?format=pdf");
    assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    Api.Reply rtf = hrbp.get(agreementPath + "?format=rtf");
    assertEquals(400, rtf.status(), rtf.body());
    assertTrue(rtf.body().contains("format"), rtf.body());

    assertEquals(404, as.get("legal").get(base).status(), "Legal is not involved in this case");
    List<String> kinds = admin.get("/api/v1/cases/" + id).json().findValuesAsText("kind");
    assertTrue(
        kinds.containsAll(List.of("INTERVENTION_PLANNED", "REPAYMENT", "INTERVENTION_UPDATED")));
    assertEquals(3, admin.get(base).json().size());

    assertEquals(
        200, admin.put("/api/v1/intervention-policy", Map.of("reliefLoanMax", 80000)).status());
    try {
      assertEquals(
          201,
          hrbp.post(
                  base,
                  Map.of(
                      "kind", "RELIEF_LOAN",
                      "owner", "hr.bp",
                      "details", Map.of("amount", 60000, "months", 24)))
              .status());
    } finally {
      admin.put("/api/v1/intervention-policy", Map.of("reliefLoanMax", 50000));
    }
    try (Connection db = database();
        PreparedStatement p =
            db.prepareStatement("select details from case_intervention where case_id = ?")) {
      p.setLong(1, id);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          assertFalse(rs.getString(1).contains("30000"), "amounts are sealed");
          assertFalse(rs.getString(1).contains("客户留存"));
        }
      }
    }
  }

  @Test
  void aCustomerTransitionCountsTheCustomersKeptAlsoOnceDone() {
    Api hrbp = as.get("hr-bp");
    Api.Reply opened = hrbp.post("/api/v1/cases", intake("E"));
    assertEquals(201, opened.status(), opened.body());
    String base = "/api/v1/cases/" + opened.json().get("id").asLong() + "/interventions";
    Api.Reply transition =
        hrbp.post(
            base,
            Map.of(
                "kind", "CUSTOMER_TRANSITION",
                "owner", "hr.bp",
                "details", Map.of("customers", "华东区十二家经销商", "plan", "每月与继任者共同拜访")));
    assertEquals(201, transition.status(), transition.body());
    String path = base + "/" + transition.json().get("id").asLong();
    assertFalse(transition.json().has("customers"), "not counted yet: " + transition.body());

    Api.Reply wrong = hrbp.put(path + "/customers", Map.of("held", 12, "kept", 13));
    assertEquals(400, wrong.status(), wrong.body());
    assertEquals("kept", wrong.json().get("errors").get(0).get("field").asText(), wrong.body());
    Api.Reply none = hrbp.put(path + "/customers", Map.of("kept", 3));
    assertEquals(400, none.status(), none.body());
    assertEquals(Set.of("held"), new HashSet<>(none.json().findValuesAsText("field")));

    Api.Reply done = hrbp.put(path, Map.of("status", "DONE", "outcome", "已完成交接"));
    assertEquals(200, done.status(), done.body());
    Api.Reply counted = hrbp.put(path + "/customers", Map.of("held", 12, "kept", 10));
    assertEquals(200, counted.status(), counted.body());
    assertEquals(12, counted.json().get("customers").get("held").asInt());
    assertEquals(10, counted.json().get("customers").get("kept").asInt());
    assertEquals("DONE", counted.json().get("status").asText());
    Api.Reply again = hrbp.put(path + "/customers", Map.of("held", 12, "kept", 9));
    assertEquals(9, again.json().get("customers").get("kept").asInt(), "counted again");

    Api.Reply kpi =
        hrbp.post(
            base,
            Map.of(
                "kind", "KPI_WEIGHT_CHANGE",
                "owner", "head",
                "details", Map.of("metric", "客户留存", "oldWeight", 20, "newWeight", 50)));
    Api.Reply notATransition =
        hrbp.put(
            base + "/" + kpi.json().get("id").asLong() + "/customers",
            Map.of("held", 1, "kept", 1));
    assertEquals(409, notATransition.status(), notATransition.body());
    assertEquals(
        403,
        as.get("head").put(path + "/customers", Map.of("held", 12, "kept", 12)).status(),
        "a business head reads, HR counts");
  }

  @Test
  void anHrAdminUploadsANewPlaybookVersionAndRunningCasesStayOnTheirs() {
    Api.Reply shipped = admin.get("/api/v1/playbooks/DEBT_COLLECTION/bpmn");
    assertEquals(200, shipped.status(), shipped.body());
    String original = shipped.body();
    assertTrue(original.contains("<process id=\"debtCollection\""), original);
    Api.Reply before = as.get("hr-bp").post("/api/v1/cases", intake("E"));
    assertEquals(201, before.status(), before.body());
    int oldVersion = before.json().get("playbookVersion").asInt();

    String edited = original.replace("Legal risk assessment", "Legal risk assessment (revised)");
    Api.Reply uploaded = upload(edited);
    try {
      assertEquals(201, uploaded.status(), uploaded.body());
      int newVersion = uploaded.json().get("version").asInt();
      assertTrue(newVersion > oldVersion);
      assertEquals(newVersion, latestVersion());

      Api.Reply after = as.get("hr-bp").post("/api/v1/cases", intake("E"));
      assertEquals(newVersion, after.json().get("playbookVersion").asInt());
      long running = before.json().get("id").asLong();
      assertEquals(
          oldVersion,
          admin.get("/api/v1/cases/" + running).json().get("playbookVersion").asInt(),
          "a running case stays on its version");
    } finally {
      assertEquals(201, upload(original).status(), "the shipped text is the newest again");
    }
  }

  @Test
  void aPlaybookThatWouldRunCodeOrIsNotAPlaybookIsRefusedWithItsReasons() {
    String shipped = admin.get("/api/v1/playbooks/DEBT_COLLECTION/bpmn").body();
    int versions = latestVersion();
    Map<String, String> attempts = new java.util.LinkedHashMap<>();
    attempts.put(
        shipped.replace(
            "<endEvent id=\"closed\" name=\"Case closed\"/>",
            "<scriptTask id=\"evil\" scriptFormat=\"groovy\"><script>'rm -rf /'.execute()</script>"
                + "</scriptTask><endEvent id=\"closed\" name=\"Case closed\"/>"),
        "<scriptTask> is not allowed");
    attempts.put(
        shipped.replace(
            "flowable:candidateGroups=\"legal\"", "flowable:candidateGroups=\"friends\""),
        "unknown role \"friends\"");
    attempts.put(
        shipped.replace(
            "flowable:class=\"io.linchpin.casework.infrastructure.playbook.SlaTimer\"",
            "flowable:class=\"java.lang.Runtime\""),
        "one of Linchpin's own steps");
    attempts.put(
        shipped.replace(
            "flowable:dueDate=\"${sla_hrConversation}\"",
            "flowable:dueDate=\"${runtime.exec('id')}\""),
        "a due date must be");
    attempts.put(shipped.replace("</process>", ""), "not well-formed XML");
    attempts.put(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">&x;</definitions>",
        "a DTD is not allowed");
    attempts.put(
        shipped.replace("id=\"debtCollection\"", "id=\"somethingElse\""), "exactly one process");
    for (Map.Entry<String, String> attempt : attempts.entrySet()) {
      Api.Reply refused = upload(attempt.getKey());
      assertEquals(400, refused.status(), refused.body());
      String messages = String.join("\n", refused.json().findValuesAsText("message"));
      assertTrue(messages.contains(attempt.getValue()), attempt.getValue() + ": " + messages);
    }
    Api.Reply scriptTask = upload(attempts.keySet().iterator().next());
    assertTrue(
        scriptTask.json().get("errors").get(0).get("field").asText().startsWith("line "),
        scriptTask.body());
    assertEquals(versions, latestVersion(), "nothing was deployed");
  }

  private Api.Reply upload(String bpmn) {
    return admin.send(
        "POST",
        "/api/v1/playbooks/DEBT_COLLECTION/versions",
        "application/xml",
        bpmn.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private int latestVersion() {
    JsonNode playbooks = admin.get("/api/v1/playbooks").json();
    for (JsonNode p : playbooks) {
      if (p.get("caseType").asText().equals("DEBT_COLLECTION")) {
        return p.get("versions").get(0).get("version").asInt();
      }
    }
    throw new AssertionError(playbooks.toString());
  }

  private static List<String> rolesOf(JsonNode step) {
    List<String> roles = new ArrayList<>();
    step.get("roles").forEach(r -> roles.add(r.asText()));
    return roles;
  }

  private Map<String, Object> intake(String who) {
    Map<String, Object> body = new HashMap<>();
    body.put("type", "DEBT_COLLECTION");
    body.put("employeeId", ids.get(who));
    body.put("severity", "HIGH");
    body.put("summary", SUMMARY);
    return body;
  }

  private static List<String> steps(JsonNode c) {
    List<String> steps = new ArrayList<>();
    c.get("openSteps").forEach(s -> steps.add(s.get("step").asText()));
    return steps;
  }

  private static Set<String> taskIds(JsonNode tasks) {
    Set<String> found = new HashSet<>();
    tasks.forEach(t -> found.add(t.get("id").asText()));
    return found;
  }

  private static Set<Long> listed(Api api) {
    Api.Reply list = api.get("/api/v1/cases?size=500");
    assertEquals(200, list.status(), list.body());
    Set<Long> found = new HashSet<>();
    list.json().get("items").forEach(i -> found.add(i.get("id").asLong()));
    return found;
  }

  /** Neither Linchpin's tables nor the engine's hold the case's text in clear. */
  private static void assertNothingInClear(long caseId, List<String> texts) throws Exception {
    try (Connection db = database()) {
      for (String sql :
          List.of(
              "select summary || outcome from case_file where id = ?",
              "select detail from case_event where case_id = ?",
              "select coalesce(text_, '') || coalesce(text2_, '') from act_hi_varinst"
                  + " where ? is not null")) {
        try (PreparedStatement p = db.prepareStatement(sql)) {
          p.setLong(1, caseId);
          try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
              String stored = rs.getString(1);
              for (String text : texts) {
                assertFalse(stored != null && stored.contains(text), sql + " holds " + text);
              }
            }
          }
        }
      }
    }
  }

  private void account(String role, String employee, String key) {
    String user = key + "-" + tag.toLowerCase(Locale.ROOT);
    KeycloakAdmin.get().createUser(user, employee == null ? null : "CW" + tag + employee, role);
    as.put(key.equals("head") ? "head" : key.equals("head2") ? "head2" : role, Api.as(BASE, user));
  }

  private long unit(String name, Long parent) {
    return OrgUnits.create(admin, "CW", name, parent);
  }

  private void hire(String key, long unit) {
    Map<String, Object> hire = new HashMap<>();
    hire.put("employeeNumber", "CW" + tag + key);
    hire.put("fullName", "案件" + key + tag);
    hire.put("hireDate", "2018-03-01");
    hire.put("orgUnitId", unit);
    hire.put("nationalId", Imports.residentId());
    hire.put("baseSalary", 25000);
    hire.put("email", ("CW" + tag + key).toLowerCase(Locale.ROOT) + "@linchpin.test");
    Api.Reply reply = admin.post("/api/v1/employees", hire);
    assertEquals(201, reply.status(), reply.body());
    ids.put(key, reply.json().get("id").asLong());
  }
}
