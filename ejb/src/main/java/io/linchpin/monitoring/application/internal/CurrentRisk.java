package io.linchpin.monitoring.application.internal;

import io.linchpin.corerole.application.CoreRoleService;
import io.linchpin.monitoring.domain.AlertRepository;
import io.linchpin.monitoring.domain.RiskScore;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * A person's risk as it stands now, from their alerts still open of the last {@value
 * ScanWork#RISK_DAYS} days and their criticality: what the risk view and an explanation both show.
 * Callers check that the person is theirs to see.
 */
@ApplicationScoped
public class CurrentRisk {

  @Inject AlertRepository alerts;
  @EJB CoreRoleService coreRoles;

  private final Clock clock = Clock.systemDefaultZone();

  public RiskScore of(long employeeId) {
    List<RiskScore.Open> open =
        alerts
            .open(List.of(employeeId), clock.instant().minus(Duration.ofDays(ScanWork.RISK_DAYS)))
            .getOrDefault(employeeId, List.of());
    return RiskScore.of(open, coreRoles.criticalityScores(List.of(employeeId)).get(employeeId));
  }
}
