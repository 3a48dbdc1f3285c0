package io.linchpin.it;

import static io.linchpin.it.LinchpinDeployment.BASE;
import static io.linchpin.it.LinchpinDeployment.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attacker's list for playbooks: an HR admin's account (stolen or careless) uploads playbooks
 * built to run code on the server. Each attack is generated from a place in the BPMN file where
 * text or an attribute may stand, a way of writing code there (another engine's namespace, an
 * expression, a shell task) and a way of hiding it (CDATA, a comment inside, a character reference,
 * an entity). Every such file must be refused with a 400 naming the line and the reason, never a
 * 5xx; the harmless variants a modeler writes (comments, CDATA text, diagrams, a gateway with a
 * condition in the small grammar) are accepted, and a case started on each of them runs. Every
 * attack would create a canary file if any code outside Linchpin's steps ran; none may exist at the
 * end.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlaybookAttackIT {

  private static final String TYPE = "DEBT_COLLECTION";
  private final Api admin = Api.as(BASE, "hr.admin");
  private String shipped;
  private Path canary;
  private long employee;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return LinchpinDeployment.ear();
  }

  @BeforeAll
  void theShippedPlaybookAndAPersonToOpenCasesFor() throws Exception {
    Api.Reply reply = admin.get("/api/v1/playbooks/" + TYPE + "/bpmn");
    assertEquals(200, reply.status(), reply.body());
    shipped = reply.body();
    Path work = Path.of(System.getProperty("linchpin.it.work", "target/it-work"));
    Files.createDirectories(work);
    canary = work.resolve("playbook-canary-" + unique("")).toAbsolutePath();
    String tag = unique("");
    long unit = OrgUnits.create(admin, "PA", "流程" + tag, null);
    Map<String, Object> hire = new HashMap<>();
    hire.put("employeeNumber", "PA" + tag);
    hire.put("fullName", "流程" + tag);
    hire.put("hireDate", "2019-04-01");
    hire.put("orgUnitId", unit);
    Api.Reply hired = admin.post("/api/v1/employees", hire);
    assertEquals(201, hired.status(), hired.body());
    employee = hired.json().get("id").asLong();
  }

  @AfterAll
  void theShippedPlaybookIsTheNewestAgain() {
    assertEquals(201, upload(shipped, false).status());
  }

  /** Java that would leave the canary behind, written as an expression. */
  private String code() {
    return "''.getClass().forName('java.lang.Runtime').getRuntime().exec('touch " + canary + "')";
  }

  /** Ways of writing an expression so that a text check might miss it. */
  private List<UnaryOperator<String>> disguises() {
    return List.of(
        e -> "${" + e + "}",
        e -> "#{" + e + "}",
        e -> "<![CDATA[${" + e + "}]]>",
        e -> "$<!-- hidden -->{" + e + "}",
        e -> "&#36;{" + e + "}",
        e -> "&#x24;&#x7B;" + e + "}",
        e -> "#<![CDATA[{]]>" + e + "}");
  }

  /** Where an expression may stand in a BPMN file, each a way of putting text there. */
  private Map<String, UnaryOperator<String>> places() {
    Map<String, UnaryOperator<String>> places = new LinkedHashMap<>();
    places.put(
        "documentation",
        x -> shipped.replace("Talk to the employee in person", x.replace("\"", "&quot;")));
    places.put("timer", x -> shipped.replace("<timeDuration>${remind_CASE}", "<timeDuration>" + x));
    places.put(
        "annotation",
        x ->
            shipped.replace(
                "<endEvent id=\"closed\" name=\"Case closed\"/>",
                "<endEvent id=\"closed\" name=\"Case closed\"/><textAnnotation id=\"note\"><text>"
                    + x
                    + "</text></textAnnotation>"));
    places.put(
        "condition",
        x ->
            shipped.replace(
                "<sequenceFlow id=\"toReview\" sourceRef=\"interventionPlan\""
                    + " targetRef=\"reviewAndClose\"/>",
                "<sequenceFlow id=\"toReview\" sourceRef=\"interventionPlan\" targetRef=\"g\"/>"
                    + "<exclusiveGateway id=\"g\" default=\"plain\"/>"
                    + "<sequenceFlow id=\"plain\" sourceRef=\"g\" targetRef=\"reviewAndClose\"/>"
                    + "<sequenceFlow id=\"cond\" sourceRef=\"g\" targetRef=\"reviewAndClose\">"
                    + "<conditionExpression>"
                    + x
                    + "</conditionExpression></sequenceFlow>"));
    return places;
  }

  /** Attributes a text check might not look at; each value an expression. */
  private Map<String, UnaryOperator<String>> attributePlaces() {
    Map<String, UnaryOperator<String>> places = new LinkedHashMap<>();
    places.put(
        "name",
        x -> shipped.replace("name=\"Case closed\"", "name=\"" + x.replace("\"", "&quot;") + "\""));
    places.put(
        "dueDate",
        x ->
            shipped.replace(
                "flowable:dueDate=\"${sla_hrConversation}\"",
                "flowable:dueDate=\"" + x.replace("\"", "&quot;") + "\""));
    return places;
  }

  /** Another engine's vocabulary, or an unknown one, that Flowable might still read. */
  private Map<String, String> foreignVocabulary() {
    String task = "flowable:class=\"io.linchpin.casework.infrastructure.playbook.SlaTimer\"";
    Map<String, String> attacks = new LinkedHashMap<>();
    attacks.put(
        "activiti shell task",
        shipped
            .replace("<definitions ", "<definitions xmlns:activiti=\"http://activiti.org/bpmn\" ")
            .replace(task, "activiti:type=\"shell\"")
            .replace(
                "<flowable:field name=\"step\" stringValue=\"CASE\"/>",
                "<activiti:field name=\"command\" stringValue=\"touch\"/>"
                    + "<activiti:field name=\"arg1\" stringValue=\""
                    + canary
                    + "\"/>"));
    attacks.put(
        "flowable shell task",
        shipped
            .replace(task, "flowable:type=\"shell\"")
            .replace(
                "<flowable:field name=\"step\" stringValue=\"CASE\"/>",
                "<flowable:field name=\"command\" stringValue=\"touch\"/>"
                    + "<flowable:field name=\"arg1\" stringValue=\""
                    + canary
                    + "\"/>"));
    attacks.put(
        "camunda class",
        shipped
            .replace(
                "<definitions ",
                "<definitions xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" ")
            .replace(task, task + " camunda:class=\"java.lang.Runtime\""));
    attacks.put(
        "unknown element in extensions",
        shipped
            .replace("<definitions ", "<definitions xmlns:u=\"urn:unknown\" ")
            .replace(
                "<flowable:field name=\"step\" stringValue=\"CASE\"/>",
                "<flowable:field name=\"step\" stringValue=\"CASE\"/><u:run>touch</u:run>"));
    attacks.put(
        "field with an expression",
        shipped.replace(
            "<flowable:field name=\"step\" stringValue=\"CASE\"/>",
            "<flowable:field name=\"step\"><flowable:expression>${"
                + code()
                + "}</flowable:expression></flowable:field>"));
    attacks.put(
        "delegate expression",
        shipped.replace(task, "flowable:delegateExpression=\"${caseSignals}\""));
    attacks.put(
        "script task",
        shipped.replace(
            "<endEvent id=\"closed\" name=\"Case closed\"/>",
            "<endEvent id=\"closed\" name=\"Case closed\"/><scriptTask id=\"s\" scriptFormat=\"js\">"
                + "<script>java.lang.Runtime.getRuntime().exec('touch "
                + canary
                + "')</script>"
                + "</scriptTask>"));
    attacks.put(
        "task listener",
        shipped.replace(
            "<documentation>Talk to",
            "<extensionElements><flowable:taskListener event=\"create\" expression=\"${"
                + code().replace("'", "&apos;")
                + "}\"/></extensionElements><documentation>Talk to"));
    attacks.put(
        "internal entity",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE definitions [<!ENTITY e \"${"
            + code()
            + "}\">]>\n"
            + shipped
                .substring(shipped.indexOf("<definitions"))
                .replace("Talk to the employee in person", "&e;"));
    attacks.put(
        "processing instruction",
        shipped.replace("<process ", "<?xml-stylesheet href=\"http://x\"?><process "));
    attacks.put(
        "timer start event",
        shipped.replace(
            "<startEvent id=\"intake\" name=\"Incident reported\"/>",
            "<startEvent id=\"intake\" name=\"Incident reported\"><timerEventDefinition>"
                + "<timeDuration>PT1M</timeDuration></timerEventDefinition></startEvent>"));
    attacks.put(
        "a timer the engine cannot read",
        shipped.replace("<timeDuration>${remind_CASE}", "<timeDuration>P1W"));
    attacks.put(
        "zero timer looping back to its step",
        shipped
            .replace("<timeDuration>${remind_hrConversation}", "<timeDuration>P0D")
            .replace(
                "sourceRef=\"remind_hrConversation_task\" targetRef=\"remind_hrConversation_end\"",
                "sourceRef=\"remind_hrConversation_task\" targetRef=\"hrConversation\""));
    return attacks;
  }

  @Test
  void everyGeneratedAttackIsRefusedWithItsLineAndReasonAndNothingIsDeployed() {
    int before = latestVersion();
    Map<String, String> attacks = new LinkedHashMap<>(foreignVocabulary());
    places()
        .forEach(
            (place, put) -> {
              int i = 0;
              for (UnaryOperator<String> disguise : disguises()) {
                attacks.put(place + " #" + i++, put.apply(disguise.apply(code())));
              }
            });
    attributePlaces()
        .forEach(
            (place, put) -> {
              attacks.put(place + " ${}", put.apply("${" + code() + "}"));
              attacks.put(place + " #{}", put.apply("#{" + code() + "}"));
              attacks.put(place + " char ref", put.apply("&#36;{" + code() + "}"));
            });
    // A seeded mix of two attacks' places in one file, so that one reason cannot mask another.
    Random random = new Random(22);
    List<String> keys = new ArrayList<>(places().keySet());
    for (int i = 0; i < 6; i++) {
      String first = keys.get(random.nextInt(keys.size()));
      List<UnaryOperator<String>> ways = disguises();
      String payload = ways.get(random.nextInt(ways.size())).apply(code());
      attacks.put("mixed " + first + " " + i, places().get(first).apply(payload));
    }
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, String> attack : attacks.entrySet()) {
      for (boolean dryRun : new boolean[] {true, false}) {
        Api.Reply reply = upload(attack.getValue(), dryRun);
        if (reply.status() != 400) {
          failures.add(
              attack.getKey()
                  + " (dry run "
                  + dryRun
                  + "): "
                  + reply.status()
                  + " "
                  + reply.body());
          continue;
        }
        assertTrue(reply.contentType().startsWith("application/problem+json"), attack.getKey());
        JsonNode errors = reply.json().get("errors");
        assertTrue(errors != null && errors.size() > 0, attack.getKey() + ": " + reply.body());
        for (JsonNode error : errors) {
          String field = error.get("field").asText();
          assertTrue(
              field.startsWith("line ") || field.equals("process") || field.equals("bpmn"),
              attack.getKey() + " names where: " + reply.body());
          assertFalse(error.get("message").asText().isBlank(), attack.getKey());
        }
      }
    }
    assertEquals(List.of(), failures, "every attack is refused with a 400");
    assertEquals(before, latestVersion(), "no attack was deployed");
    assertFalse(Files.exists(canary), "no code ran");
  }

  @Test
  void whatModelersWriteIsAcceptedAndRunsWithoutReachingCode() throws Exception {
    Map<String, String> harmless = new LinkedHashMap<>();
    harmless.put(
        "comments and CDATA text",
        shipped.replace(
            "Talk to the employee in person",
            "<!-- a note for the modeler --><![CDATA[Talk to the employee <in person>]]>"));
    harmless.put(
        "character references",
        shipped.replace(
            "Talk to the employee in person", "Talk to the employee &#x4EBA; &amp; co"));
    harmless.put(
        "a diagram",
        shipped
            .replace(
                "<definitions ",
                "<definitions xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\""
                    + " xmlns:omgdc=\"http://www.omg.org/spec/DD/20100524/DC\" ")
            .replace(
                "</definitions>",
                "<bpmndi:BPMNDiagram id=\"d\"><bpmndi:BPMNPlane id=\"p\" bpmnElement=\"debtCollection\">"
                    + "<bpmndi:BPMNShape id=\"s\" bpmnElement=\"intake\"><omgdc:Bounds x=\"1\" y=\"2\""
                    + " width=\"30\" height=\"30\"/></bpmndi:BPMNShape></bpmndi:BPMNPlane>"
                    + "</bpmndi:BPMNDiagram></definitions>"));
    harmless.put(
        "an exclusive gateway with a condition",
        places().get("condition").apply("${caseId &gt; 0 &amp;&amp; caseId != 7}"));
    harmless.put(
        "a timer of a week", shipped.replace("<timeDuration>${remind_CASE}", "<timeDuration>P7D"));
    for (Map.Entry<String, String> variant : harmless.entrySet()) {
      Api.Reply dry = upload(variant.getValue(), true);
      assertEquals(200, dry.status(), variant.getKey() + ": " + dry.body());
      assertTrue(dry.json().get("deployable").asBoolean());
      Api.Reply deployed = upload(variant.getValue(), false);
      assertEquals(201, deployed.status(), variant.getKey() + ": " + deployed.body());
      Map<String, Object> intake = new HashMap<>();
      intake.put("type", TYPE);
      intake.put("employeeId", employee);
      intake.put("severity", "LOW");
      intake.put("summary", "Generated playbook check: " + variant.getKey());
      Api.Reply opened = admin.post("/api/v1/cases", intake);
      assertEquals(201, opened.status(), variant.getKey() + ": " + opened.body());
      assertEquals(
          deployed.json().get("version").asInt(), opened.json().get("playbookVersion").asInt());
      assertTrue(
          opened.json().get("openSteps").toString().contains("hrConversation"),
          variant.getKey() + ": " + opened.body());
    }
    assertFalse(Files.exists(canary), "no code ran");
  }

  private Api.Reply upload(String bpmn, boolean dryRun) {
    return admin.send(
        "POST",
        "/api/v1/playbooks/" + TYPE + "/versions" + (dryRun ? "?dryRun=true" : ""),
        "application/xml",
        bpmn.getBytes(StandardCharsets.UTF_8));
  }

  private int latestVersion() {
    for (JsonNode p : admin.get("/api/v1/playbooks").json()) {
      if (p.get("caseType").asText().equals(TYPE)) {
        return p.get("versions").get(0).get("version").asInt();
      }
    }
    throw new AssertionError("no playbook for " + TYPE);
  }
}
