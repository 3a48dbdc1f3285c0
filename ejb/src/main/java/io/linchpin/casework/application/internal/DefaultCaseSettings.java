package io.linchpin.casework.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.casework.application.CaseSettings;
import io.linchpin.casework.domain.CaseRepository;
import io.linchpin.casework.domain.CaseSla;
import io.linchpin.casework.domain.CaseType;
import io.linchpin.casework.domain.Playbooks;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The SLAs of playbook steps and whole cases. Durations are ISO-8601, from one second to 90 days; a
 * reminder comes before the deadline. Every change is audited.
 */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
public class DefaultCaseSettings implements CaseSettings {

  static final Duration LONGEST = Duration.ofDays(90);

  @Inject CaseRepository cases;
  @PersistenceContext EntityManager em;
  @EJB CaseAccess access;
  @EJB AuditLog audit;

  private final Clock clock = Clock.systemUTC();

  @Override
  public List<SlaView> slas(String caseType) {
    CaseType type = DefaultCaseService.caseType(caseType);
    return cases.slas(type).stream()
        .map(s -> new SlaView(s.getStep(), s.sla().toString(), s.remindBefore().toString()))
        .toList();
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public List<SlaView> changeSlas(String caseType, List<SlaView> changes) {
    CaseType type = DefaultCaseService.caseType(caseType);
    if (changes == null || changes.isEmpty()) {
      throw new InvalidInputException("slas", "name at least one step");
    }
    List<String> steps = new ArrayList<>(Playbooks.timedSteps(type));
    steps.add(CaseSla.WHOLE_CASE);
    List<FieldViolation> violations = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      SlaView change = changes.get(i);
      String at = "slas[" + i + "]";
      if (change == null || !steps.contains(change.step())) {
        violations.add(
            new FieldViolation(at + ".step", "must be one of " + String.join(", ", steps)));
        continue;
      }
      Duration sla = duration(change.sla(), at + ".sla", violations);
      Duration remind = duration(change.remindBefore(), at + ".remindBefore", violations);
      if (sla != null && remind != null && remind.compareTo(sla) >= 0) {
        violations.add(new FieldViolation(at + ".remindBefore", "must be shorter than the SLA"));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    for (SlaView change : changes) {
      Duration sla = Duration.parse(change.sla());
      Duration remind = Duration.parse(change.remindBefore());
      CaseSla row = em.find(CaseSla.class, new CaseSla.Key(type.name(), change.step()));
      if (row == null) {
        row = new CaseSla(type, change.step(), sla, remind);
        row.change(sla, remind, clock.instant(), access.caller());
        em.persist(row);
      } else {
        row.change(sla, remind, clock.instant(), access.caller());
      }
      audit.record(
          AuditOperation.UPDATE,
          "case-sla",
          type.name() + "/" + change.step(),
          List.of("sla", "remindBefore"),
          null);
    }
    return slas(caseType);
  }

  private static Duration duration(String value, String field, List<FieldViolation> violations) {
    if (value == null || value.isBlank()) {
      violations.add(new FieldViolation(field, "is required (ISO-8601, e.g. PT8H)"));
      return null;
    }
    try {
      Duration d = Duration.parse(value.trim());
      if (d.compareTo(Duration.ofSeconds(1)) < 0 || d.compareTo(LONGEST) > 0) {
        violations.add(new FieldViolation(field, "must be between PT1S and P90D"));
        return null;
      }
      return d;
    } catch (DateTimeParseException e) {
      violations.add(new FieldViolation(field, "must be an ISO-8601 duration such as PT8H"));
      return null;
    }
  }
}
