package io.linchpin.corerole.application.internal;

import io.linchpin.corerole.application.SuccessionStatistics;
import io.linchpin.corerole.domain.SuccessionRepository;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The bench of the core employees in the caller's reach, for the review. */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.BUSINESS_HEAD, Roles.LEGAL})
public class DefaultSuccessionStatistics implements SuccessionStatistics {

  @Inject SuccessionRepository succession;
  @EJB EmployeeService employees;

  @Override
  public Bench bench(String unitPath, String roleFamily) {
    SuccessionRepository.Bench bench =
        succession.bench(employees.visibility(), unitPath, roleFamily);
    return new Bench(
        bench.core(),
        bench.gaps().stream()
            .map(
                r ->
                    new Gap(
                        r.employeeId(),
                        r.employeeNumber(),
                        r.fullName(),
                        r.orgUnit(),
                        r.position(),
                        r.jobFamily(),
                        r.criticality(),
                        null))
            .toList());
  }

  @Override
  public Map<Long, String> bestReadiness(List<Long> incumbents) {
    Set<Long> visible = employees.visibleAmong(incumbents);
    Map<Long, String> best = new HashMap<>();
    succession.bestReadiness(visible).forEach((id, readiness) -> best.put(id, readiness.name()));
    return best;
  }
}
