package io.linchpin.screening.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.people.application.AccessService;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.people.application.PersonRef;
import io.linchpin.people.application.Ref;
import io.linchpin.screening.application.ScreeningService;
import io.linchpin.screening.domain.ExternalSources;
import io.linchpin.screening.domain.Finding;
import io.linchpin.screening.domain.ScreeningRepository;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.EmployeeId;
import io.linchpin.shared.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** External checks under consent; see {@link ScreeningService}. */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
public class DefaultScreeningService implements ScreeningService {

  static final String FINDING = "screening-finding";

  @Inject ScreeningRepository screening;
  @Inject ExternalSources sources;
  @Inject CheckRunner runner;
  @EJB ScheduledChecks scheduled;
  @EJB EmployeeService employees;
  @EJB AccessService access;
  @EJB AuditLog audit;
  @Resource SessionContext session;

  private final Clock clock = Clock.systemDefaultZone();

  @Override
  public CheckView check(long employeeId, String category, String purpose, String source) {
    access.refuseOwnRecord(employeeId, "employeeId", "run a check");
    return runner.run(
        employeeId, category, purpose, source, session.getCallerPrincipal().getName());
  }

  @Override
  public List<CheckView> checks(long employeeId) {
    access.refuseOwnRecord(employeeId, "employeeId", "read checks");
    PersonRef person = employees.person(EmployeeId.of(employeeId));
    Ref ref = ScreeningViews.ref(person);
    return screening.checks(employeeId, 200).stream()
        .map(c -> ScreeningViews.view(c, ref))
        .toList();
  }

  @Override
  public List<FindingView> findings(long employeeId, String purpose) {
    access.refuseOwnRecord(employeeId, "employeeId", "read findings");
    employees.person(EmployeeId.of(employeeId));
    List<Finding> found = screening.findings(employeeId);
    if (!found.isEmpty()) {
      audit.recordNow(
          AuditOperation.READ_SENSITIVE,
          FINDING,
          "employee:" + employeeId,
          List.of("details"),
          purpose,
          "OK");
    }
    List<FindingView> views = new ArrayList<>();
    for (Finding f : found) {
      String json = f.details();
      if (json == null) {
        continue;
      }
      JsonObject d;
      try (JsonReader reader = Json.createReader(new StringReader(json))) {
        d = reader.readObject();
      }
      views.add(
          new FindingView(
              f.getId(),
              f.getCategory().name(),
              f.getProvider(),
              d.getString("kind"),
              d.getString("reference"),
              f.getOccurredOn(),
              d.containsKey("amount") ? d.getJsonNumber("amount").bigDecimalValue() : null,
              d.getString("summary", null),
              f.getConsentId(),
              f.getReceivedAt(),
              f.getRetainUntil()));
    }
    return views;
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public int sweepExpired() {
    int deleted = screening.deleteFindingsRetainedUntilBefore(LocalDate.now(clock));
    if (deleted > 0) {
      audit.record(
          AuditOperation.ERASE,
          FINDING,
          "retention",
          List.of("details"),
          deleted + " finding(s) past their retention deleted");
    }
    return deleted;
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public int runDueChecks() {
    return scheduled.runDue();
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.IT_ADMIN})
  public List<DropView> drops() {
    return screening.drops(100).stream()
        .map(
            d ->
                new DropView(
                    d.getId(),
                    d.getFileName(),
                    d.getReceivedAt(),
                    d.getStatus().name(),
                    d.getRows(),
                    d.getMatched(),
                    d.getKept(),
                    d.getWithoutConsent(),
                    d.getUnknown(),
                    d.getReport()))
        .toList();
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.IT_ADMIN})
  public List<SourceView> sources() {
    return sources.status().stream()
        .map(
            s ->
                new SourceView(
                    s.id(),
                    s.description(),
                    s.categories().stream()
                        .map(Enum::name)
                        .collect(Collectors.toCollection(java.util.TreeSet::new)),
                    s.up(),
                    s.detail()))
        .toList();
  }
}
