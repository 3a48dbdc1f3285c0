package io.linchpin.monitoring.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.casework.application.CaseService;
import io.linchpin.casework.application.CaseView;
import io.linchpin.casework.application.OpenCase;
import io.linchpin.monitoring.application.AlertService;
import io.linchpin.monitoring.application.ScanStarted;
import io.linchpin.monitoring.domain.Alert;
import io.linchpin.monitoring.domain.AlertRepository;
import io.linchpin.monitoring.domain.AlertStatus;
import io.linchpin.monitoring.domain.RiskScore;
import io.linchpin.monitoring.domain.ScanRun;
import io.linchpin.people.application.AccessService;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.people.application.PersonRef;
import io.linchpin.people.application.Ref;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.ConflictException;
import io.linchpin.shared.EmployeeId;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.NotFoundException;
import io.linchpin.shared.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Scans and alerts; see {@link AlertService}. */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
public class DefaultAlertService implements AlertService {

  static final String OBJECT = "alert";
  private static final int LATEST = 500;
  static final int LATEST_SCANS = 20;

  @Inject AlertRepository alerts;
  @Inject Event<ScanStarted> started;
  @EJB EmployeeService employees;
  @EJB AccessService access;
  @EJB CaseService cases;
  @Inject CurrentRisk currentRisk;
  @EJB AuditLog audit;
  @Resource SessionContext session;

  private final Clock clock = Clock.systemDefaultZone();

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public ScanView startScan() {
    List<ScanRun> unfinished = alerts.unfinishedScans();
    if (!unfinished.isEmpty()) {
      ScanRun running = unfinished.get(0);
      throw new ConflictException(
          "scan",
          "scan "
              + running.getId()
              + " is still running (started "
              + running.getStartedAt()
              + "); start another when it has finished");
    }
    ScanRun run = new ScanRun(YearMonth.now(clock).minusMonths(1), caller(), clock.instant());
    alerts.add(run);
    audit.record(AuditOperation.CREATE, "monitoring-scan", run.getId().toString(), List.of(), null);
    started.fire(new ScanStarted(run.getId()));
    return view(run);
  }

  @Override
  public List<NoticeView> notices(int max) {
    Optional<Ref> me = access.self();
    if (me.isEmpty()) {
      return List.of();
    }
    return alerts.notices(me.get().id(), Math.max(1, Math.min(max, 200))).stream()
        .map(n -> new NoticeView(n.getId(), n.getAlertId(), n.getMessage(), n.getCreatedAt()))
        .toList();
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public List<ScanView> scans() {
    return alerts.scans(LATEST_SCANS).stream().map(DefaultAlertService::view).toList();
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public ScanView scan(long id) {
    return view(alerts.scan(id).orElseThrow(() -> new NotFoundException("Scan", id)));
  }

  @Override
  public List<AlertView> alerts(String status) {
    AlertStatus s = null;
    if (status != null && !status.isBlank()) {
      s =
          java.util.Arrays.stream(AlertStatus.values())
              .filter(x -> x.name().equalsIgnoreCase(status.strip()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "status",
                          "must be one of " + java.util.Arrays.toString(AlertStatus.values())));
    }
    List<Alert> latest = alerts.latest(s, LATEST);
    Map<Long, PersonRef> people =
        employees.people(latest.stream().map(Alert::getEmployeeId).distinct().toList());
    return latest.stream()
        .filter(a -> people.containsKey(a.getEmployeeId()))
        .map(a -> view(a, people.get(a.getEmployeeId()), null))
        .toList();
  }

  @Override
  public AlertView alert(long id) {
    Alert a = visible(id);
    PersonRef person = employees.person(EmployeeId.of(a.getEmployeeId()));
    audit.recordNow(
        AuditOperation.READ_SENSITIVE, OBJECT, Long.toString(id), List.of("evidence"), null, "OK");
    return view(a, person, a.evidence());
  }

  @Override
  public AlertView triage(long id) {
    Alert a = visible(id);
    access.refuseOwnRecord(a.getEmployeeId(), "id", "triage an alert");
    moved(a, x -> x.triage(caller(), clock.instant()));
    audit.record(AuditOperation.UPDATE, OBJECT, Long.toString(id), List.of("status"), "triaged");
    return view(a, employees.person(EmployeeId.of(a.getEmployeeId())), null);
  }

  @Override
  public AlertView dismiss(long id, String reason) {
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      throw new InvalidInputException(
          "reason", "say in 1 to 500 characters why the alert is dismissed");
    }
    Alert a = visible(id);
    access.refuseOwnRecord(a.getEmployeeId(), "id", "dismiss an alert");
    moved(a, x -> x.dismiss(reason.strip(), caller(), clock.instant()));
    audit.record(AuditOperation.UPDATE, OBJECT, Long.toString(id), List.of("status"), "dismissed");
    return view(a, employees.person(EmployeeId.of(a.getEmployeeId())), null);
  }

  @Override
  public AlertView openCase(long id, String caseType, String summary) {
    Alert a = visible(id);
    access.refuseOwnRecord(a.getEmployeeId(), "id", "open a case from an alert");
    String text =
        summary == null || summary.isBlank()
            ? "由预警发起 / From alert " + id + ": " + a.getDetectorName()
            : summary.strip();
    CaseView opened =
        cases.openFromAlert(
            new OpenCase(caseType, a.getEmployeeId(), a.getSeverity().name(), null, text),
            "alert:" + id);
    moved(a, x -> x.caseOpened(opened.id(), caller(), clock.instant()));
    audit.record(
        AuditOperation.UPDATE,
        OBJECT,
        Long.toString(id),
        List.of("status"),
        "case " + opened.reference());
    return view(a, employees.person(EmployeeId.of(a.getEmployeeId())), null);
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.BUSINESS_HEAD})
  public RiskView risk(long employeeId) {
    PersonRef person = employees.person(EmployeeId.of(employeeId));
    audit.recordNow(
        AuditOperation.READ_SENSITIVE,
        "employee",
        Long.toString(employeeId),
        List.of("riskScore"),
        null,
        "ALLOWED");
    RiskScore now = currentRisk.of(employeeId);
    List<RiskPoint> trend =
        alerts.risks(employeeId).stream()
            .map(
                r ->
                    new RiskPoint(
                        r.getMonth().toString(), r.getScore(), r.getLikelihood(), r.getImpact()))
            .toList();
    return new RiskView(
        new Ref(person.id(), person.fullName()),
        now.score(),
        now.likelihood(),
        now.impact(),
        now.assessed(),
        now.lines(),
        trend);
  }

  /** Moves an alert to another status, and its count with it. */
  private void moved(Alert a, java.util.function.Consumer<Alert> change) {
    AlertStatus before = a.getStatus();
    change.accept(a);
    alerts.statusChanged(a, before);
  }

  private Alert visible(long id) {
    Alert a = alerts.alert(id).orElseThrow(() -> new NotFoundException("Alert", id));
    if (employees.visibleAmong(List.of(a.getEmployeeId())).isEmpty()) {
      throw new NotFoundException("Alert", id);
    }
    return a;
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  static ScanView view(ScanRun r) {
    return new ScanView(
        r.getId(),
        r.getMonth().toString(),
        r.getStatus().name(),
        r.getPeople(),
        r.getRaised(),
        r.getMerged(),
        r.getStartedAt(),
        r.getFinishedAt(),
        r.getRequestedBy(),
        r.getChangedSince(),
        r.getAttempts(),
        r.getMessage());
  }

  private static AlertView view(Alert a, PersonRef person, String evidence) {
    return new AlertView(
        a.getId(),
        person == null ? null : new Ref(person.id(), person.fullName()),
        a.getDetectorKey(),
        a.getDetectorVersion(),
        a.getDetectorName(),
        a.getSeverity().name(),
        a.getWindowFrom().toString(),
        a.getWindowTo().toString(),
        a.getStatus().name(),
        a.getTimesRaised(),
        a.getRaisedAt(),
        a.getLastRaisedAt(),
        a.getUpdatedBy(),
        a.getUpdatedAt(),
        a.getDismissReason(),
        a.getCaseId(),
        evidence);
  }
}
