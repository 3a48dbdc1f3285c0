package io.linchpin.monitoring.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.monitoring.application.ExplanationService;
import io.linchpin.monitoring.domain.Alert;
import io.linchpin.monitoring.domain.AlertRepository;
import io.linchpin.monitoring.domain.ExplanationRequest;
import io.linchpin.monitoring.domain.RiskScore;
import io.linchpin.people.application.AccessService;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.people.application.PersonRef;
import io.linchpin.people.application.Ref;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.EmployeeId;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.NotFoundException;
import io.linchpin.shared.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** See {@link ExplanationService}. */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
public class DefaultExplanationService implements ExplanationService {

  static final String OBJECT = "explanation-request";
  static final int MAX_QUESTION = 1000;
  static final int MAX_ANSWER = 4000;
  private static final int OPEN_LISTED = 200;

  /** What every explanation ends with. */
  static final String ADVISORY =
      "Linchpin makes no decision about you by itself: alerts and the risk score only ask someone"
          + " in HR to look and talk with you. You may ask HR to correct any figure above or to"
          + " review it with you. / Linchpin 不会自行对您作出任何决定：预警和风险评分仅提示人力资源同事关注并与您沟通。"
          + "如以上数据有误，您可以要求人力资源部门更正或与您一同复核。";

  @Inject AlertRepository alerts;
  @EJB EmployeeService employees;
  @EJB AccessService access;
  @Inject CurrentRisk currentRisk;
  @EJB AuditLog audit;
  @Resource SessionContext session;

  private final Clock clock = Clock.systemDefaultZone();

  @Override
  @RolesAllowed({
    Roles.HR_ADMIN,
    Roles.HR_BP,
    Roles.LEGAL,
    Roles.LINE_MANAGER,
    Roles.BUSINESS_HEAD,
    Roles.IT_ADMIN,
    Roles.AUDITOR,
    Roles.EMPLOYEE
  })
  public ExplanationView ask(String question) {
    String q = question == null ? "" : question.strip();
    if (q.isEmpty()) {
      throw new InvalidInputException("question", "is required: what would you like explained?");
    }
    if (q.length() > MAX_QUESTION) {
      throw new InvalidInputException("question", "at most " + MAX_QUESTION + " characters");
    }
    PersonRef me = self();
    ExplanationRequest request =
        new ExplanationRequest(
            UUID.randomUUID().toString(),
            me.id(),
            me.dataSubject(),
            Json.createObjectBuilder().add("question", q).build().toString(),
            caller(),
            clock.instant());
    alerts.add(request);
    audit.record(
        AuditOperation.CREATE, OBJECT, request.getId().toString(), List.of("question"), null);
    return view(request, me, false);
  }

  @Override
  @RolesAllowed({
    Roles.HR_ADMIN,
    Roles.HR_BP,
    Roles.LEGAL,
    Roles.LINE_MANAGER,
    Roles.BUSINESS_HEAD,
    Roles.IT_ADMIN,
    Roles.AUDITOR,
    Roles.EMPLOYEE
  })
  public List<ExplanationView> mine() {
    PersonRef me = self();
    List<ExplanationView> views = new ArrayList<>();
    for (ExplanationRequest r : alerts.explanationRequestsOf(me.id())) {
      views.add(view(r, me, false));
    }
    if (!views.isEmpty()) {
      audit.recordNow(
          AuditOperation.READ_SENSITIVE,
          OBJECT,
          "employee:" + me.id(),
          List.of("content"),
          "own",
          "OK");
    }
    return views;
  }

  @Override
  public List<ExplanationView> open() {
    List<ExplanationRequest> waiting =
        alerts.explanationRequests(ExplanationRequest.Status.OPEN, OPEN_LISTED);
    Map<Long, PersonRef> people =
        employees.people(
            waiting.stream().map(ExplanationRequest::getEmployeeId).distinct().toList());
    List<ExplanationView> views = new ArrayList<>();
    for (ExplanationRequest r : waiting) {
      PersonRef person = people.get(r.getEmployeeId());
      if (person != null) {
        views.add(
            new ExplanationView(
                r.getId(),
                new Ref(person.id(), person.fullName()),
                r.getStatus().name(),
                null,
                List.of(),
                null,
                r.getAskedAt(),
                null,
                null));
      }
    }
    return views;
  }

  @Override
  public ExplanationView request(long id) {
    ExplanationRequest r = visible(id);
    PersonRef person = employees.person(EmployeeId.of(r.getEmployeeId()));
    audit.recordNow(
        AuditOperation.READ_SENSITIVE,
        OBJECT,
        Long.toString(id),
        List.of("content", "alerts.evidence"),
        null,
        "OK");
    return view(r, person, r.getStatus() == ExplanationRequest.Status.OPEN);
  }

  @Override
  public ExplanationView answer(long id, String answer) {
    String a = answer == null ? "" : answer.strip();
    if (a.isEmpty()) {
      throw new InvalidInputException("answer", "is required: HR's words to the person");
    }
    if (a.length() > MAX_ANSWER) {
      throw new InvalidInputException("answer", "at most " + MAX_ANSWER + " characters");
    }
    ExplanationRequest r = visible(id);
    access.refuseOwnRecord(r.getEmployeeId(), "id", "answer an explanation request");
    PersonRef person = employees.person(EmployeeId.of(r.getEmployeeId()));
    JsonObject content = parse(r.content());
    JsonArrayBuilder lines = Json.createArrayBuilder();
    explanation(person.id()).forEach(lines::add);
    r.answer(
        Json.createObjectBuilder()
            .add("question", content.getString("question", ""))
            .add("explanation", lines)
            .add("answer", a)
            .build()
            .toString(),
        caller(),
        clock.instant());
    audit.record(
        AuditOperation.UPDATE,
        OBJECT,
        Long.toString(id),
        List.of("explanation", "answer"),
        "answered from the stored evidence");
    return view(r, person, false);
  }

  /**
   * The explanation, drawn from what is stored: every alert of the last year with its evidence in
   * words, the risk score line by line, and the advisory statement.
   */
  List<String> explanation(long employeeId) {
    List<String> lines = new ArrayList<>();
    Instant yearAgo = clock.instant().minus(Duration.ofDays(366));
    List<Alert> held =
        alerts.of(employeeId).stream().filter(a -> a.getLastRaisedAt().isAfter(yearAgo)).toList();
    if (held.isEmpty()) {
      lines.add("No alert about you was raised in the last twelve months. / 过去十二个月没有关于您的预警。");
    }
    for (Alert a : held) {
      lines.add(
          "Alert #"
              + a.getId()
              + " — "
              + a.getDetectorName()
              + " (version "
              + a.getDetectorVersion()
              + ", "
              + a.getSeverity()
              + "), "
              + a.getWindowFrom()
              + " – "
              + a.getWindowTo()
              + ", status "
              + a.getStatus()
              + (a.getDismissReason() == null ? "" : " (" + a.getDismissReason() + ")")
              + ": "
              + EvidenceWords.of(a.evidence()));
    }
    RiskScore risk = currentRisk.of(employeeId);
    lines.add("Risk score " + risk.score() + ":");
    risk.lines().forEach(l -> lines.add("  " + l));
    lines.add(ADVISORY);
    return lines;
  }

  private ExplanationView view(ExplanationRequest r, PersonRef person, boolean draft) {
    JsonObject content = parse(r.content());
    List<String> explanation = new ArrayList<>();
    if (content.containsKey("explanation")) {
      content
          .getJsonArray("explanation")
          .getValuesAs(JsonString.class)
          .forEach(s -> explanation.add(s.getString()));
    } else if (draft) {
      explanation.addAll(explanation(person.id()));
    }
    return new ExplanationView(
        r.getId(),
        new Ref(person.id(), person.fullName()),
        r.getStatus().name(),
        content.getString("question", null),
        explanation,
        content.getString("answer", null),
        r.getAskedAt(),
        r.getAnsweredAt(),
        r.getAnsweredBy());
  }

  private static JsonObject parse(String json) {
    if (json == null) {
      return JsonObject.EMPTY_JSON_OBJECT;
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private ExplanationRequest visible(long id) {
    ExplanationRequest r =
        alerts
            .explanationRequest(id)
            .orElseThrow(() -> new NotFoundException("Explanation request", id));
    if (employees.visibleAmong(List.of(r.getEmployeeId())).isEmpty()) {
      throw new NotFoundException("Explanation request", id);
    }
    return r;
  }

  private PersonRef self() {
    return employees.person(EmployeeId.of(access.requireSelf().id()));
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
