package io.linchpin.casework.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linchpin.shared.FieldViolation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaybookPolicyTest {

  private static String shipped() throws IOException {
    try (InputStream in =
        PlaybookPolicyTest.class.getResourceAsStream("/playbooks/debtCollection.bpmn20.xml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<FieldViolation> check(String xml) {
    return PlaybookPolicy.check(xml.getBytes(StandardCharsets.UTF_8), "debtCollection");
  }

  @Test
  void theShippedPlaybooksAreAllowed() throws IOException {
    assertEquals(List.of(), check(shipped()));
    for (String key : List.of("adverseFinding", "retentionRisk")) {
      try (InputStream in =
          PlaybookPolicyTest.class.getResourceAsStream("/playbooks/" + key + ".bpmn20.xml")) {
        assertEquals(List.of(), PlaybookPolicy.check(in.readAllBytes(), key), key);
      }
    }
  }

  @Test
  void aScriptTaskIsRefusedWithItsLine() throws IOException {
    String xml =
        shipped()
            .replace(
                "<endEvent id=\"closed\" name=\"Case closed\"/>",
                "<endEvent id=\"closed\" name=\"Case closed\"/>\n<scriptTask id=\"s\"/>");
    List<FieldViolation> problems = check(xml);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).message().contains("<scriptTask>"));
    long line =
        xml.substring(0, xml.indexOf("<scriptTask")).chars().filter(c -> c == '\n').count() + 1;
    assertEquals("line " + line, problems.get(0).field());
  }

  @Test
  void listenersAndExpressionsAreRefused() throws IOException {
    String listener =
        shipped()
            .replace(
                "<documentation>Talk to",
                "<extensionElements><flowable:taskListener event=\"create\""
                    + " expression=\"${x.y()}\"/></extensionElements><documentation>Talk to");
    assertTrue(
        check(listener).stream().anyMatch(p -> p.message().contains("<extensionElements")),
        check(listener).toString());
    String delegate =
        shipped()
            .replace(
                "flowable:class=\"io.linchpin.casework.infrastructure.playbook.SlaTimer\"",
                "flowable:delegateExpression=\"${bean}\"");
    assertTrue(check(delegate).stream().anyMatch(p -> p.message().contains("delegateExpression")));
    String timer = shipped().replace("${remind_hrConversation}", "${bean.when()}");
    assertTrue(check(timer).stream().anyMatch(p -> p.message().contains("a timer must be")));
    String condition =
        shipped()
            .replace(
                "<sequenceFlow id=\"toReview\" sourceRef=\"interventionPlan\""
                    + " targetRef=\"reviewAndClose\"/>",
                "<sequenceFlow id=\"toReview\" sourceRef=\"interventionPlan\""
                    + " targetRef=\"reviewAndClose\"><conditionExpression>${true}"
                    + "</conditionExpression></sequenceFlow>");
    assertTrue(
        check(condition).stream().anyMatch(p -> p.message().contains("exclusive gateway")),
        check(condition).toString());
  }

  @Test
  void unknownRolesAndForeignClassesAreRefused() throws IOException {
    assertTrue(
        check(shipped().replace("candidateGroups=\"legal\"", "candidateGroups=\"legal,cfo\""))
            .stream()
            .anyMatch(p -> p.message().contains("unknown role \"cfo\"")));
    assertTrue(
        check(shipped().replace("playbook.SlaTimer", "playbook.Other")).stream()
            .anyMatch(p -> p.message().contains("one of Linchpin's own steps")));
  }

  @Test
  void dtdsMalformedFilesAndWrongProcessesAreRefused() throws IOException {
    List<FieldViolation> xxe =
        check(
            "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">&x;"
                + "</definitions>");
    assertTrue(xxe.get(0).message().contains("DTD"), xxe.toString());
    List<FieldViolation> malformed = check(shipped().replace("</process>", ""));
    assertTrue(malformed.get(0).message().startsWith("not well-formed XML"), malformed.toString());
    assertTrue(malformed.get(0).field().startsWith("line "));
    assertTrue(
        check(shipped().replace("id=\"debtCollection\"", "id=\"other\"")).stream()
            .anyMatch(p -> p.field().equals("process")));
    assertEquals("the file is empty", check("").get(0).message());
  }

  private static String withStep(String shipped, String extra) {
    return shipped.replace(
        "<endEvent id=\"closed\" name=\"Case closed\"/>",
        "<endEvent id=\"closed\" name=\"Case closed\"/>\n" + extra);
  }

  @Test
  void otherEngineNamespacesAreRefusedWhateverTheirPrefix() throws IOException {
    String activiti =
        shipped()
            .replace("<definitions ", "<definitions xmlns:activiti=\"http://activiti.org/bpmn\" ")
            .replace(
                "name=\"Remind CASE\" flowable:class",
                "name=\"Remind CASE\" activiti:type=\"shell\" flowable:class");
    List<FieldViolation> problems = check(activiti);
    assertTrue(
        problems.stream().anyMatch(p -> p.message().contains("{http://activiti.org/bpmn}type")),
        problems.toString());
    String flowableUnderAnotherPrefix =
        shipped()
            .replace("<definitions ", "<definitions xmlns:x=\"http://flowable.org/bpmn\" ")
            .replace(
                "name=\"Remind CASE\" flowable:class",
                "name=\"Remind CASE\" x:type=\"shell\" flowable:class");
    assertTrue(
        check(flowableUnderAnotherPrefix).stream()
            .anyMatch(p -> p.message().contains("flowable:type is not allowed")));
  }

  @Test
  void documentationIsTextAndCdataCommentsAndReferencesCannotHideAnExpression() throws IOException {
    for (String hidden :
        List.of(
            "${caseSignals.toString()}",
            "<![CDATA[${x}]]>",
            "$<!-- -->{x}",
            "&#36;{x}",
            "&#x23;{x}",
            "#<![CDATA[{]]>x}")) {
      String xml = shipped().replace("Talk to the employee in person", hidden);
      assertTrue(
          check(xml).stream().anyMatch(p -> p.message().contains("expressions are not allowed")),
          hidden + " -> " + check(xml));
    }
    String timer =
        shipped().replace("<timeDuration>${remind_CASE}", "<timeDuration><![CDATA[${x.y()}]]>");
    assertTrue(check(timer).stream().anyMatch(p -> p.message().contains("a timer must be")));
  }

  @Test
  void timersAreAMinuteOrMoreNeverStartAProcessAndNeverLoopBack() throws IOException {
    assertTrue(
        check(shipped().replace("${remind_CASE}", "P0D")).stream()
            .anyMatch(p -> p.message().contains("at least a minute")));
    assertTrue(
        check(shipped().replace("${remind_CASE}", "PT30S")).stream()
            .anyMatch(p -> p.message().contains("at least a minute")));
    assertEquals(List.of(), check(shipped().replace("${remind_CASE}", "P2D")));
    assertEquals(List.of(), check(shipped().replace("${remind_CASE}", "P1M2DT3H4M5.5S")));
    assertTrue(
        check(shipped().replace("${remind_CASE}", "P1W")).stream()
            .anyMatch(p -> p.message().contains("a timer must be")),
        "the engine reads no weeks");
    String timerStart =
        shipped()
            .replace(
                "<startEvent id=\"intake\" name=\"Incident reported\"/>",
                "<startEvent id=\"intake\" name=\"Incident reported\"><timerEventDefinition>"
                    + "<timeDuration>PT1H</timeDuration></timerEventDefinition></startEvent>");
    assertTrue(
        check(timerStart).stream()
            .anyMatch(p -> p.message().contains("may not stand inside <startEvent>")),
        check(timerStart).toString());
    String loop =
        shipped()
            .replace(
                "<sequenceFlow id=\"to_remind_hrConversation_end\" sourceRef=\"remind_hrConversation_task\" targetRef=\"remind_hrConversation_end\"/>",
                "<sequenceFlow id=\"to_remind_hrConversation_end\" sourceRef=\"remind_hrConversation_task\" targetRef=\"hrConversation\"/>");
    assertTrue(
        check(loop).stream().anyMatch(p -> p.message().contains("leads back to hrConversation")),
        check(loop).toString());
    assertTrue(
        check(shipped().replace("${sla_hrConversation}\">", "${caseSignals}\">")).stream()
            .anyMatch(p -> p.message().contains("may name only an SLA setting")));
  }

  @Test
  void exclusiveGatewaysTakeConditionsInTheSmallGrammarOnly() throws IOException {
    String gateway =
        shipped()
            .replace(
                "<sequenceFlow id=\"toReview\" sourceRef=\"interventionPlan\" targetRef=\"reviewAndClose\"/>",
                "<sequenceFlow id=\"toReview\" sourceRef=\"interventionPlan\" targetRef=\"choice\"/>"
                    + "<exclusiveGateway id=\"choice\" default=\"plain\"/>"
                    + "<sequenceFlow id=\"plain\" sourceRef=\"choice\" targetRef=\"reviewAndClose\"/>"
                    + "<sequenceFlow id=\"when\" sourceRef=\"choice\" targetRef=\"reviewAndClose\">"
                    + "<conditionExpression xsi:type=\"tFormalExpression\">CONDITION</conditionExpression>"
                    + "</sequenceFlow>")
            .replace(
                "<definitions ",
                "<definitions xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ");
    assertEquals(
        List.of(),
        check(
            gateway.replace(
                "CONDITION", "${caseId > 10 &amp;&amp; sla_hrConversation != 'PT1H'}")));
    for (String refused :
        List.of(
            "${caseSignals.caseOverdue(1)}",
            "${execution.getVariable('x')}",
            "${''.getClass().forName('java.lang.Runtime')}",
            "${caseId[0]}",
            "${T(java.lang.Runtime)}",
            "#{caseId > 1}",
            "${caseId > 1} ${caseId}",
            "${someBean}",
            "${(caseId > 1}")) {
      List<FieldViolation> problems =
          check(gateway.replace("CONDITION", refused.replace("&", "&amp;")));
      assertTrue(
          problems.stream().anyMatch(p -> p.message().startsWith("condition: ")),
          refused + " -> " + problems);
    }
  }
}
