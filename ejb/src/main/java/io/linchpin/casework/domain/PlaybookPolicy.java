package io.linchpin.casework.domain;

import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.Roles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What an uploaded playbook may contain: an allow-list checked on the parsed document, never on its
 * text. A playbook is data, not code. It may arrange the elements listed in {@link #ELEMENTS}, each
 * with only the attributes listed there; offer steps to Linchpin's roles; call Linchpin's own Java
 * steps ({@link #JAVA_STEPS}) with fixed field values; wait on timers of at least a minute; and
 * choose a path at an exclusive gateway by a condition in the small grammar of {@link
 * PlaybookCondition} over the case variables Linchpin sets. Nothing else: no element or attribute
 * from a namespace outside BPMN, its diagram interchange and Flowable's own, no expression outside
 * the places named above (so documentation and names are plain text), no DTD (where entity
 * expansion and external entities begin), no processing instruction, no timer start event, and no
 * timer whose path leads back to its own step. The parser hands over text with character
 * references, CDATA sections and comments already resolved, so none of them can hide an expression.
 * Each refusal names its line and element.
 */
public final class PlaybookPolicy {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String FLOWABLE = "http://flowable.org/bpmn";
  static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

  /** Largest playbook accepted, in bytes. */
  public static final int MAX_SIZE = 1_000_000;

  /** Shortest timer or due date a playbook may set. */
  public static final Duration SHORTEST_TIMER = Duration.ofMinutes(1);

  /** The only Java steps a playbook may call, with the fields each takes. */
  public static final Map<String, Set<String>> JAVA_STEPS =
      Map.of("io.linchpin.casework.infrastructure.playbook.SlaTimer", Set.of("step", "event"));

  /** The BPMN elements a playbook may hold, each with the attributes it may carry. */
  private static final Map<String, Set<String>> ELEMENTS =
      Map.ofEntries(
          Map.entry(
              "definitions",
              Set.of(
                  "id",
                  "name",
                  "targetNamespace",
                  "typeLanguage",
                  "expressionLanguage",
                  "exporter",
                  "exporterVersion")),
          Map.entry("process", Set.of("id", "name", "isExecutable")),
          Map.entry("documentation", Set.of("id", "textFormat")),
          Map.entry("startEvent", Set.of("id", "name")),
          Map.entry("endEvent", Set.of("id", "name")),
          Map.entry(
              "userTask", Set.of("id", "name", "flowable:candidateGroups", "flowable:dueDate")),
          Map.entry("serviceTask", Set.of("id", "name", "flowable:class")),
          Map.entry("sequenceFlow", Set.of("id", "name", "sourceRef", "targetRef")),
          Map.entry("conditionExpression", Set.of("id", "xsi:type")),
          Map.entry("parallelGateway", Set.of("id", "name")),
          Map.entry("exclusiveGateway", Set.of("id", "name", "default")),
          Map.entry("subProcess", Set.of("id", "name")),
          Map.entry("boundaryEvent", Set.of("id", "name", "attachedToRef", "cancelActivity")),
          Map.entry("timerEventDefinition", Set.of("id")),
          Map.entry("timeDuration", Set.of("id", "xsi:type")),
          Map.entry("extensionElements", Set.of()),
          Map.entry("incoming", Set.of()),
          Map.entry("outgoing", Set.of()),
          Map.entry("textAnnotation", Set.of("id", "textFormat")),
          Map.entry("text", Set.of()),
          Map.entry("association", Set.of("id", "sourceRef", "targetRef", "associationDirection")),
          Map.entry("flowable:field", Set.of("name", "stringValue")));

  /** The elements a sequence flow may join. */
  private static final Set<String> FLOW_NODES =
      Set.of(
          "startEvent",
          "endEvent",
          "userTask",
          "serviceTask",
          "parallelGateway",
          "exclusiveGateway",
          "subProcess",
          "boundaryEvent");

  /** Which element each element may sit in; the root is {@code definitions}. */
  private static final Map<String, Set<String>> PARENTS =
      Map.ofEntries(
          Map.entry("process", Set.of("definitions")),
          Map.entry(
              "documentation",
              Set.of(
                  "process",
                  "subProcess",
                  "startEvent",
                  "endEvent",
                  "userTask",
                  "serviceTask",
                  "sequenceFlow",
                  "parallelGateway",
                  "exclusiveGateway",
                  "boundaryEvent",
                  "textAnnotation",
                  "association",
                  "definitions")),
          Map.entry("startEvent", Set.of("process", "subProcess")),
          Map.entry("endEvent", Set.of("process", "subProcess")),
          Map.entry("userTask", Set.of("process", "subProcess")),
          Map.entry("serviceTask", Set.of("process", "subProcess")),
          Map.entry("sequenceFlow", Set.of("process", "subProcess")),
          Map.entry("conditionExpression", Set.of("sequenceFlow")),
          Map.entry("parallelGateway", Set.of("process", "subProcess")),
          Map.entry("exclusiveGateway", Set.of("process", "subProcess")),
          Map.entry("subProcess", Set.of("process", "subProcess")),
          Map.entry("boundaryEvent", Set.of("process", "subProcess")),
          Map.entry("timerEventDefinition", Set.of("boundaryEvent")),
          Map.entry("timeDuration", Set.of("timerEventDefinition")),
          Map.entry("extensionElements", Set.of("serviceTask")),
          Map.entry("incoming", FLOW_NODES),
          Map.entry("outgoing", FLOW_NODES),
          Map.entry("textAnnotation", Set.of("process", "subProcess")),
          Map.entry("text", Set.of("textAnnotation")),
          Map.entry("association", Set.of("process", "subProcess")),
          Map.entry("flowable:field", Set.of("extensionElements")));

  /** Elements whose text is read; every other element may hold only white space. */
  private static final Set<String> WITH_TEXT =
      Set.of(
          "documentation", "text", "timeDuration", "conditionExpression", "incoming", "outgoing");

  /** Diagram interchange (positions drawn by modelers) carries no behaviour. */
  private static final Set<String> DIAGRAM_NAMESPACES =
      Set.of(
          "http://www.omg.org/spec/BPMN/20100524/DI",
          "http://www.omg.org/spec/DD/20100524/DC",
          "http://www.omg.org/spec/DD/20100524/DI");

  private static final Set<String> DIAGRAM_ELEMENTS =
      Set.of(
          "BPMNDiagram",
          "BPMNPlane",
          "BPMNShape",
          "BPMNEdge",
          "BPMNLabel",
          "BPMNLabelStyle",
          "Bounds",
          "waypoint",
          "Font");

  private static final Set<String> DIAGRAM_ATTRIBUTES =
      Set.of(
          "id",
          "name",
          "bpmnElement",
          "isExpanded",
          "isHorizontal",
          "isMarkerVisible",
          "isMessageVisible",
          "labelStyle",
          "sourceElement",
          "targetElement",
          "x",
          "y",
          "width",
          "height",
          "size",
          "isBold",
          "isItalic",
          "isUnderline",
          "isStrikeThrough",
          "resolution");

  private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]{0,63}");
  private static final Pattern XML_DURATION =
      Pattern.compile(
          "P(?:([0-9]{1,6})Y)?(?:([0-9]{1,6})M)?(?:([0-9]{1,6})D)?"
              + "(?:T(?:([0-9]{1,6})H)?(?:([0-9]{1,6})M)?(?:([0-9]{1,6}(?:\\.[0-9]{1,3})?)S)?)?");
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}");

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
    Node root;
    try {
      root = parse(xml);
    } catch (SAXParseException e) {
      String message = e.getMessage() == null ? "" : e.getMessage();
      if (message.contains("DOCTYPE")) {
        problems.add(
            new FieldViolation("line " + e.getLineNumber(), "a DTD is not allowed in a playbook"));
      } else {
        problems.add(
            new FieldViolation(
                "line " + e.getLineNumber(), "not well-formed XML: " + firstLine(message)));
      }
      return problems;
    } catch (SAXException | IOException e) {
      problems.add(new FieldViolation("bpmn", "cannot be read: " + firstLine(e.getMessage())));
      return problems;
    }
    new Checker(problems).check(root, processKey);
    return problems;
  }

  /** One element as the parser saw it: its line, name, attributes and text (comments left out). */
  static final class Node {
    final int line;
    final String namespace;
    final String name;
    final Node parent;
    final List<String[]> attributes = new ArrayList<>();
    final List<Node> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    Node(int line, String namespace, String name, Node parent) {
      this.line = line;
      this.namespace = namespace == null ? "" : namespace;
      this.name = name;
      this.parent = parent;
    }

    /** The unqualified attribute of that name, or null. */
    String attribute(String local) {
      return attribute("", local);
    }

    String attribute(String ns, String local) {
      for (String[] a : attributes) {
        if (a[0].equals(ns) && a[1].equals(local)) {
          return a[2];
        }
      }
      return null;
    }

    /** The name the allow-list knows it by: BPMN plain, Flowable's with a prefix. */
    String key() {
      return FLOWABLE.equals(namespace) ? "flowable:" + name : name;
    }

    String describe() {
      String id = attribute("id");
      return "<" + key() + (id == null ? "" : " id=\"" + shorten(id, 64) + "\"") + ">";
    }
  }

  private static Node parse(byte[] xml) throws SAXException, IOException {
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    SAXParser parser;
    try {
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      parser = factory.newSAXParser();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the XML parser cannot be made safe", e);
    }
    parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    Deque<Node> open = new ArrayDeque<>();
    Node[] root = new Node[1];
    parser.parse(
        new ByteArrayInputStream(xml),
        new DefaultHandler() {
          private Locator locator;

          @Override
          public void setDocumentLocator(Locator locator) {
            this.locator = locator;
          }

          @Override
          public void startElement(String uri, String local, String qName, Attributes atts) {
            Node node = new Node(locator.getLineNumber(), uri, local, open.peek());
            for (int i = 0; i < atts.getLength(); i++) {
              node.attributes.add(
                  new String[] {atts.getURI(i), atts.getLocalName(i), atts.getValue(i)});
            }
            if (open.isEmpty()) {
              root[0] = node;
            } else {
              open.peek().children.add(node);
            }
            open.push(node);
          }

          @Override
          public void endElement(String uri, String local, String qName) {
            open.pop();
          }

          @Override
          public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
              open.peek().text.append(ch, start, length);
            }
          }

          @Override
          public void processingInstruction(String target, String data) throws SAXException {
            throw new SAXParseException(
                "processing instructions are not allowed: <?" + target + "?>", locator);
          }
        });
    return root[0];
  }

  /** Walks the parsed document once, collecting every reason to refuse it. */
  private static final class Checker {
    private final List<FieldViolation> problems;
    private final Map<String, Node> byId = new HashMap<>();
    private final List<Node> flows = new ArrayList<>();
    private final List<Node> boundaries = new ArrayList<>();
    private final List<Node> processes = new ArrayList<>();

    Checker(List<FieldViolation> problems) {
      this.problems = problems;
    }

    void check(Node root, String processKey) {
      if (!BPMN.equals(root.namespace) || !"definitions".equals(root.name)) {
        refuse(root, "a playbook is a BPMN 2.0 file whose root is <definitions>");
        return;
      }
      walk(root);
      if (processes.size() != 1 || !processKey.equals(processes.get(0).attribute("id"))) {
        problems.add(
            new FieldViolation(
                "process",
                "the file must hold exactly one process, with id \"" + processKey + "\""));
      }
      references();
      for (Node process : processes) {
        startEvents(process);
      }
      for (Node boundary : boundaries) {
        timerLoop(boundary);
      }
    }

    private void walk(Node node) {
      if (DIAGRAM_NAMESPACES.contains(node.namespace)) {
        diagram(node);
        return;
      }
      String key = node.key();
      Set<String> allowed = ELEMENTS.get(key);
      boolean known =
          allowed != null && (BPMN.equals(node.namespace) || key.startsWith("flowable:"));
      if (!known) {
        refuse(node, "<" + display(node.namespace, node.name) + "> is not allowed in a playbook");
        return;
      }
      Set<String> parents = PARENTS.get(key);
      if (parents != null && (node.parent == null || !parents.contains(node.parent.key()))) {
        refuse(
            node,
            node.describe()
                + " may not stand "
                + (node.parent == null ? "alone" : "inside <" + node.parent.key() + ">"));
        return;
      }
      attributes(node, allowed);
      text(node, key);
      String id = node.attribute("id");
      if (id != null) {
        if (!ID.matcher(id).matches()) {
          refuse(node, "an id is a letter or _ followed by up to 63 letters, digits, _ . or -");
        } else if (byId.putIfAbsent(id, node) != null) {
          refuse(node, "the id \"" + id + "\" is used twice");
        }
      }
      switch (key) {
        case "process" -> processes.add(node);
        case "sequenceFlow" -> flows.add(node);
        case "boundaryEvent" -> boundaries.add(node);
        case "userTask" -> userTask(node);
        case "serviceTask" -> serviceTask(node);
        case "timeDuration" -> timer(node, node.text.toString().trim(), "a timer");
        case "conditionExpression" -> condition(node);
        default -> {}
      }
      for (Node child : node.children) {
        walk(child);
      }
    }

    private void diagram(Node node) {
      if (!DIAGRAM_ELEMENTS.contains(node.name)) {
        refuse(node, "<" + node.name + "> is not part of a BPMN diagram");
        return;
      }
      for (String[] a : node.attributes) {
        if (!a[0].isEmpty() || !DIAGRAM_ATTRIBUTES.contains(a[1])) {
          refuse(node, display(a[0], a[1]) + " is not allowed on <" + node.name + ">");
        }
      }
      if (!node.text.toString().isBlank()) {
        refuse(node, "<" + node.name + "> holds no text");
      }
      for (Node child : node.children) {
        diagram(child);
      }
    }

    private void attributes(Node node, Set<String> allowed) {
      for (String[] a : node.attributes) {
        String name;
        if (a[0].isEmpty()) {
          name = a[1];
        } else if (FLOWABLE.equals(a[0])) {
          name = "flowable:" + a[1];
        } else if (XSI.equals(a[0])) {
          name = "xsi:" + a[1];
        } else {
          name = display(a[0], a[1]);
        }
        if (!allowed.contains(name)) {
          refuse(node, name + " is not allowed on " + node.describe());
          continue;
        }
        String value = a[2];
        if ("xsi:type".equals(name)) {
          if (!value.endsWith("tFormalExpression")) {
            refuse(node, "xsi:type may only be tFormalExpression");
          }
        } else if ("flowable:dueDate".equals(name)) {
          timer(node, value, "a due date");
        } else if ("flowable:candidateGroups".equals(name)) {
          candidateGroups(node, value);
        } else if (!"flowable:class".equals(name) && hasExpression(value)) {
          refuse(node, "expressions are not allowed in " + name + " (they run code)");
        }
      }
    }

    private void text(Node node, String key) {
      String text = node.text.toString();
      if (!WITH_TEXT.contains(key)) {
        if (!text.isBlank()) {
          refuse(node, node.describe() + " holds no text");
        }
        return;
      }
      if (!"timeDuration".equals(key)
          && !"conditionExpression".equals(key)
          && hasExpression(text)) {
        refuse(node, "expressions are not allowed in " + node.describe() + " (text stays text)");
      }
    }

    private void candidateGroups(Node node, String value) {
      for (String group : value.split(",", -1)) {
        if (!Roles.ALL.contains(group.trim())) {
          refuse(
              node,
              "unknown role \""
                  + shorten(group.trim(), 40)
                  + "\"; steps may be offered to "
                  + String.join(", ", Roles.ALL));
        }
      }
    }

    private void userTask(Node node) {
      if (node.attribute(FLOWABLE, "candidateGroups") == null) {
        refuse(node, node.describe() + " must be offered to a role with flowable:candidateGroups");
      }
    }

    private void serviceTask(Node node) {
      String step = node.attribute(FLOWABLE, "class");
      Set<String> fields = step == null ? null : JAVA_STEPS.get(step);
      if (fields == null) {
        refuse(
            node,
            "a service task must call one of Linchpin's own steps with flowable:class: "
                + String.join(", ", JAVA_STEPS.keySet()));
        return;
      }
      Set<String> seen = new HashSet<>();
      for (Node extensions : node.children) {
        for (Node field : extensions.children) {
          String name = field.attribute("name");
          if (name == null || !fields.contains(name) || !seen.add(name)) {
            refuse(field, "the step takes the fields " + String.join(", ", fields) + ", once each");
          } else if (field.attribute("stringValue") == null) {
            refuse(field, "the field \"" + name + "\" needs a stringValue");
          }
        }
      }
      if (!seen.equals(fields)) {
        refuse(node, "the step needs the fields " + String.join(", ", fields));
      }
    }

    /**
     * A timer or due date: an ISO-8601 duration of a minute or more, or a Linchpin SLA variable.
     */
    private void timer(Node node, String value, String what) {
      java.util.regex.Matcher variable = VARIABLE.matcher(value);
      if (variable.matches()) {
        if (!PlaybookCondition.isCaseVariable(variable.group(1))
            || PlaybookCondition.CASE_ID.equals(variable.group(1))) {
          refuse(
              node,
              what
                  + " may name only an SLA setting (${sla_<step>} or ${remind_<step>}), not "
                  + shorten(value, 80));
        }
        return;
      }
      Duration length = duration(value);
      if (length == null) {
        refuse(
            node,
            what
                + " must be an ISO-8601 duration (PnYnMnDTnHnMnS) or a plain ${variable}: "
                + shorten(value, 80));
      } else if (length.compareTo(SHORTEST_TIMER) < 0) {
        refuse(node, what + " must be at least a minute (PT1M), not " + value);
      }
    }

    private void condition(Node node) {
      String reason = PlaybookCondition.problem(node.text.toString().trim());
      if (reason != null) {
        refuse(node, "condition: " + reason);
      }
    }

    private void references() {
      for (Node flow : flows) {
        for (String end : List.of("sourceRef", "targetRef")) {
          Node target = byId.get(flow.attribute(end));
          if (target == null || !FLOW_NODES.contains(target.key())) {
            refuse(flow, end + " must name a step, gateway or event of the playbook");
          } else if (target.parent != flow.parent) {
            refuse(flow, end + " must name an element of the same process or sub-process");
          }
        }
        Node source = byId.get(flow.attribute("sourceRef"));
        boolean conditional =
            flow.children.stream().anyMatch(c -> "conditionExpression".equals(c.key()));
        if (conditional && source != null && !"exclusiveGateway".equals(source.key())) {
          refuse(flow, "a condition may only stand on a flow leaving an exclusive gateway");
        }
      }
      for (Node boundary : boundaries) {
        Node attached = byId.get(boundary.attribute("attachedToRef"));
        if (attached == null
            || !Set.of("userTask", "subProcess").contains(attached.key())
            || attached.parent != boundary.parent) {
          refuse(boundary, "a timer must be attached to a step or sub-process beside it");
        }
        long timers =
            boundary.children.stream().filter(c -> "timerEventDefinition".equals(c.key())).count();
        if (timers != 1) {
          refuse(boundary, "a boundary event is a timer: it holds one <timerEventDefinition>");
        }
        String cancel = boundary.attribute("cancelActivity");
        if (cancel != null && !Set.of("true", "false").contains(cancel)) {
          refuse(boundary, "cancelActivity is true or false");
        }
      }
      for (Node definition : byId.values()) {
        if ("timerEventDefinition".equals(definition.key())) {
          long durations =
              definition.children.stream().filter(c -> "timeDuration".equals(c.key())).count();
          if (durations != 1) {
            refuse(definition, "a timer holds one <timeDuration>");
          }
        }
      }
    }

    /** A process starts in one way only: a plain start event, never by a timer. */
    private void startEvents(Node scope) {
      long starts = scope.children.stream().filter(c -> "startEvent".equals(c.key())).count();
      if (starts != 1) {
        refuse(scope, scope.describe() + " must have exactly one start event");
      }
      for (Node child : scope.children) {
        if ("subProcess".equals(child.key())) {
          startEvents(child);
        }
      }
    }

    /** A timer's path may not lead back to the step it watches: that would repeat for ever. */
    private void timerLoop(Node boundary) {
      String watched = boundary.attribute("attachedToRef");
      Deque<String> next = new ArrayDeque<>(List.of(boundary.attribute("id")));
      Set<String> seen = new HashSet<>();
      while (!next.isEmpty()) {
        String at = next.pop();
        if (!seen.add(at)) {
          continue;
        }
        for (Node flow : flows) {
          if (at.equals(flow.attribute("sourceRef"))) {
            String target = flow.attribute("targetRef");
            if (target != null && target.equals(watched)) {
              refuse(
                  boundary, "the timer's path leads back to " + watched + ", so it would repeat");
              return;
            }
            if (target != null) {
              next.push(target);
            }
          }
        }
      }
    }

    private void refuse(Node node, String reason) {
      problems.add(new FieldViolation("line " + node.line, reason));
    }
  }

  /**
   * The length of a duration as the engine reads it (XML Schema's {@code PnYnMnDTnHnMnS}: no weeks,
   * no sign; a month counted as 30 days, a year as 365), or null when it is not one.
   */
  static Duration duration(String text) {
    if (text == null || text.length() > 40) {
      return null;
    }
    java.util.regex.Matcher m = XML_DURATION.matcher(text);
    if (!m.matches() || text.equals("P") || text.endsWith("T")) {
      return null;
    }
    try {
      long days = number(m.group(1)) * 365 + number(m.group(2)) * 30 + number(m.group(3));
      Duration d =
          Duration.ofDays(days).plusHours(number(m.group(4))).plusMinutes(number(m.group(5)));
      return m.group(6) == null
          ? d
          : d.plusMillis(Math.round(Double.parseDouble(m.group(6)) * 1000));
    } catch (ArithmeticException e) {
      return null;
    }
  }

  private static long number(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }

  /** Whether the engine would read the text as an expression. */
  static boolean hasExpression(String text) {
    return text.contains("${") || text.contains("#{");
  }

  /** A name as a reader knows it: plain in BPMN, flowable:x in Flowable's, {namespace}x else. */
  private static String display(String namespace, String name) {
    if (namespace == null || namespace.isEmpty() || BPMN.equals(namespace)) {
      return name;
    }
    return FLOWABLE.equals(namespace) ? "flowable:" + name : "{" + namespace + "}" + name;
  }

  private static String shorten(String text, int max) {
    return text.length() > max ? text.substring(0, max) + "…" : text;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    String line = nl < 0 ? message : message.substring(0, nl);
    return shorten(line, 200);
  }
}
