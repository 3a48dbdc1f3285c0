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
  void theShippedPlaybookIsAllowed() throws IOException {
    assertEquals(List.of(), check(shipped()));
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
        check(listener).stream().anyMatch(p -> p.message().contains("flowable:taskListener")));
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
        check(condition).stream().anyMatch(p -> p.message().contains("conditionExpression")));
  }

  @Test
  void unknownRolesAndForeignClassesAreRefused() throws IOException {
    assertTrue(
        check(shipped().replace("candidateGroups=\"legal\"", "candidateGroups=\"legal,cfo\""))
            .stream()
            .anyMatch(p -> p.message().contains("unknown role \"cfo\"")));
    assertTrue(
        check(shipped().replace("playbook.SlaTimer", "playbook.Other")).stream()
            .anyMatch(p -> p.message().contains("only Linchpin's own steps")));
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
}
