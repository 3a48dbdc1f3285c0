package io.linchpin.casework.domain;

import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.Roles;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What an uploaded playbook may contain. A playbook is data, not code: it may only arrange the
 * elements below, offer steps to Linchpin's roles, call Linchpin's own Java steps, and name
 * variables by plain reference ({@code ${sla_legalAssessment}}). Everything that would run code
 * (script tasks, listeners, expressions, shell/HTTP/mail tasks, other classes) is refused, and so
 * is any DTD, which is how entity-expansion and external-entity attacks begin. Each refusal names
 * its line.
 */
public final class PlaybookPolicy {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String FLOWABLE = "http://flowable.org/bpmn";

  /** Largest playbook accepted, in bytes. */
  public static final int MAX_SIZE = 1_000_000;

  /** The only Java steps a playbook may call. */
  public static final Set<String> JAVA_STEPS =
      Set.of("io.linchpin.casework.infrastructure.playbook.SlaTimer");

  private static final Set<String> ELEMENTS =
      Set.of(
          "definitions",
          "process",
          "documentation",
          "startEvent",
          "endEvent",
          "userTask",
          "serviceTask",
          "sequenceFlow",
          "parallelGateway",
          "subProcess",
          "boundaryEvent",
          "timerEventDefinition",
          "timeDuration",
          "extensionElements",
          "incoming",
          "outgoing",
          "text",
          "textAnnotation",
          "association");

  /** Diagram interchange (positions drawn by modelers) carries no behaviour. */
  private static final Set<String> DIAGRAM_NAMESPACES =
      Set.of(
          "http://www.omg.org/spec/BPMN/20100524/DI",
          "http://www.omg.org/spec/DD/20100524/DC",
          "http://www.omg.org/spec/DD/20100524/DI");

  private static final Set<String> FLOWABLE_ATTRIBUTES =
      Set.of("candidateGroups", "dueDate", "class");

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}");
  private static final Pattern DURATION = Pattern.compile("P[0-9YMWDTHS.]+");

  private PlaybookPolicy() {}

  /** Every reason the playbook may not be deployed as the given process; empty when it may. */
  public static List<FieldViolation> check(byte[] xml, String processKey) {
    List<FieldViolation> problems = new ArrayList<>();
    if (xml == null || xml.length == 0) {
      problems.add(new FieldViolation("bpmn", "the file is empty"));
      return problems;
    }
    if (xml.length > MAX_SIZE) {
      problems.add(new FieldViolation("bpmn", "the file is larger than " + MAX_SIZE + " bytes"));
      return problems;
    }
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    int processes = 0;
    boolean keyFound = false;
    XMLStreamReader r = null;
    try {
      r = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
      String element = null;
      while (r.hasNext()) {
        int event = r.next();
        String at = "line " + r.getLocation().getLineNumber();
        if (event == XMLStreamConstants.DTD) {
          problems.add(new FieldViolation(at, "a DTD is not allowed in a playbook"));
          return problems;
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
          problems.add(new FieldViolation(at, "entity references are not allowed"));
          return problems;
        }
        if (event == XMLStreamConstants.CHARACTERS && "timeDuration".equals(element)) {
          String text = r.getText().trim();
          if (!text.isEmpty()
              && !VARIABLE.matcher(text).matches()
              && !DURATION.matcher(text).matches()) {
            problems.add(
                new FieldViolation(
                    at, "a timer must be an ISO-8601 duration or a plain ${variable}: " + text));
          }
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        element = r.getLocalName();
        String ns = r.getNamespaceURI();
        if (DIAGRAM_NAMESPACES.contains(ns)) {
          continue;
        }
        if (FLOWABLE.equals(ns)) {
          checkFlowableElement(r, at, problems);
          continue;
        }
        if (!BPMN.equals(ns) || !ELEMENTS.contains(element)) {
          problems.add(new FieldViolation(at, "<" + element + "> is not allowed in a playbook"));
          continue;
        }
        if ("process".equals(element)) {
          processes++;
          keyFound |= processKey.equals(r.getAttributeValue(null, "id"));
        }
        checkAttributes(r, element, at, problems);
      }
    } catch (XMLStreamException e) {
      String where = e.getLocation() == null ? "bpmn" : "line " + e.getLocation().getLineNumber();
      problems.add(new FieldViolation(where, "not well-formed XML: " + firstLine(e.getMessage())));
      return problems;
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException e) {
          problems.add(new FieldViolation("bpmn", "cannot be read to the end"));
        }
      }
    }
    if (processes != 1 || !keyFound) {
      problems.add(
          new FieldViolation(
              "process", "the file must hold exactly one process, with id \"" + processKey + "\""));
    }
    return problems;
  }

  private static void checkAttributes(
      XMLStreamReader r, String element, String at, List<FieldViolation> problems) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String ns = r.getAttributeNamespace(i);
      String name = r.getAttributeLocalName(i);
      String value = r.getAttributeValue(i);
      if (FLOWABLE.equals(ns)) {
        if (!FLOWABLE_ATTRIBUTES.contains(name)) {
          problems.add(
              new FieldViolation(at, "flowable:" + name + " is not allowed in a playbook"));
        } else if ("candidateGroups".equals(name)) {
          for (String group : value.split(",")) {
            if (!Roles.ALL.contains(group.trim())) {
              problems.add(
                  new FieldViolation(
                      at,
                      "unknown role \""
                          + group.trim()
                          + "\"; steps may be offered to "
                          + String.join(", ", Roles.ALL)));
            }
          }
        } else if ("dueDate".equals(name)
            && !VARIABLE.matcher(value).matches()
            && !DURATION.matcher(value).matches()) {
          problems.add(
              new FieldViolation(at, "a due date must be a duration or a plain ${variable}"));
        } else if ("class".equals(name)) {
          if (!"serviceTask".equals(element) || !JAVA_STEPS.contains(value)) {
            problems.add(
                new FieldViolation(
                    at,
                    "only Linchpin's own steps may be called: " + String.join(", ", JAVA_STEPS)));
          }
        }
      } else if (value.contains("${") || value.contains("#{")) {
        problems.add(
            new FieldViolation(at, "expressions are not allowed in " + name + " (they run code)"));
      }
    }
    if ("serviceTask".equals(element) && r.getAttributeValue(FLOWABLE, "class") == null) {
      problems.add(
          new FieldViolation(
              at, "a service task must call one of Linchpin's own steps with flowable:class"));
    }
  }

  /** Inside extension elements only fixed field values for Linchpin's steps are allowed. */
  private static void checkFlowableElement(
      XMLStreamReader r, String at, List<FieldViolation> problems) {
    String name = r.getLocalName();
    if (!"field".equals(name)) {
      problems.add(new FieldViolation(at, "flowable:" + name + " is not allowed in a playbook"));
      return;
    }
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String attribute = r.getAttributeLocalName(i);
      if (!"name".equals(attribute) && !"stringValue".equals(attribute)) {
        problems.add(
            new FieldViolation(at, "a field takes only name and stringValue, not " + attribute));
      } else if (r.getAttributeValue(i).contains("${") || r.getAttributeValue(i).contains("#{")) {
        problems.add(new FieldViolation(at, "expressions are not allowed in fields"));
      }
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    String line = nl < 0 ? message : message.substring(nl + 1);
    return line.length() > 200 ? line.substring(0, 200) : line;
  }
}
