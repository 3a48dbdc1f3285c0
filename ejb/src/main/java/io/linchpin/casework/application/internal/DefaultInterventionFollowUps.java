package io.linchpin.casework.application.internal;

import io.linchpin.casework.application.InterventionFollowUps;
import io.linchpin.casework.domain.InterventionRepository;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** See {@link InterventionFollowUps}; run by the scans. */
@Stateless
@RolesAllowed(Roles.HR_ADMIN)
public class DefaultInterventionFollowUps implements InterventionFollowUps {

  @Inject InterventionRepository interventions;

  private final Clock clock = Clock.systemDefaultZone();

  @Override
  public List<Due> due(Instant plannedBefore, Instant againFrom, long afterId, int max) {
    return interventions.dueForFollowUp(plannedBefore, againFrom, afterId, max).stream()
        .map(f -> new Due(f.interventionId(), f.employeeId(), f.plannedAt()))
        .toList();
  }

  @Override
  public void record(long interventionId, Integer riskBefore, Integer riskAfter) {
    interventions.followedUp(interventionId, riskBefore, riskAfter, clock.instant());
  }
}
