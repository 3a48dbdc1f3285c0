package io.linchpin.screening.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.screening.application.ScreeningEvents;
import io.linchpin.screening.domain.Finding;
import io.linchpin.screening.domain.ScreeningRepository;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** See {@link ScreeningEvents}. */
@Stateless
@RolesAllowed(Roles.HR_ADMIN)
public class DefaultScreeningEvents implements ScreeningEvents {

  @Inject ScreeningRepository screening;
  @EJB AuditLog audit;

  @Override
  public List<Long> peopleAfter(long employeeId, Instant receivedSince, int max) {
    return screening.peopleWithFindingsAfter(employeeId, receivedSince, max);
  }

  @Override
  public boolean receivedSince(Instant since) {
    return !screening.peopleWithFindingsAfter(Long.MIN_VALUE, since.plusNanos(1), 1).isEmpty();
  }

  @Override
  public Map<Long, List<EventView>> events(Collection<Long> employeeIds, LocalDate since) {
    Map<Long, List<EventView>> byPerson = new HashMap<>();
    List<Finding> found = screening.findings(employeeIds, since);
    for (Finding f : found) {
      String details = f.details();
      if (details == null) {
        continue;
      }
      String kind;
      try (JsonReader reader = Json.createReader(new StringReader(details))) {
        kind = reader.readObject().getString("kind");
      }
      byPerson
          .computeIfAbsent(f.getEmployeeId(), k -> new ArrayList<>())
          .add(new EventView(kind, f.getCategory().name(), f.getOccurredOn()));
    }
    if (!found.isEmpty()) {
      audit.recordNow(
          AuditOperation.READ_SENSITIVE,
          DefaultScreeningService.FINDING,
          "scan",
          List.of("kind"),
          "monitoring scan of " + byPerson.size() + " people",
          "OK");
    }
    return byPerson;
  }
}
