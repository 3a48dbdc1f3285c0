package io.linchpin.monitoring.application.internal;

import io.linchpin.monitoring.application.AlertStatistics;
import io.linchpin.monitoring.domain.AlertRepository;
import io.linchpin.monitoring.domain.AlertTally;
import io.linchpin.monitoring.domain.RiskCounts;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.shared.Roles;
import io.linchpin.shared.Visibility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Alert lines for the review, scoped to the people the caller may see. */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.BUSINESS_HEAD, Roles.LEGAL})
public class DefaultAlertStatistics implements AlertStatistics {

  @Inject AlertRepository alerts;
  private final Clock clock = Clock.systemDefaultZone();
  @EJB EmployeeService employees;

  @Override
  public AlertCounts counts(
      String unitPath, String roleFamily, List<Instant> bounds, int minPeople) {
    if (bounds.size() < 2) {
      throw new IllegalArgumentException("a period needs a start and an end");
    }
    Visibility visibility = employees.visibility();
    AlertTally tally =
        alerts.tally(
            visibility,
            unitPath,
            roleFamily,
            bounds,
            clock.getZone(),
            visibility.seesSmallGroups() ? 0 : minPeople);
    return new AlertCounts(
        tally.counts().stream()
            .map(c -> new AlertCount(c.detectorKey(), c.status().name(), c.period(), c.alerts()))
            .toList(),
        tally.names(),
        tally.fewPeople());
  }

  @Override
  public RiskTallies risks(String unitPath, String roleFamily, YearMonth from, YearMonth to) {
    RiskCounts counts = alerts.riskCounts(employees.visibility(), unitPath, roleFamily, from, to);
    return new RiskTallies(
        counts.latest(),
        counts(counts.byUnit()),
        counts(counts.byFamily()),
        counts.heat().stream()
            .map(h -> new HeatCount(h.impactBand(), h.score(), h.people()))
            .toList());
  }

  private static List<RiskCount> counts(List<RiskCounts.Series> series) {
    return series.stream()
        .map(s -> new RiskCount(s.month(), s.orgUnitId(), s.jobFamily(), s.score(), s.people()))
        .toList();
  }

  @Override
  public Map<Long, Integer> highestScores(Collection<Long> ids, YearMonth month, int wanted) {
    Set<Long> visible = employees.visibleAmong(ids);
    return visible.isEmpty() ? Map.of() : alerts.highestScores(month, visible, wanted);
  }
}
