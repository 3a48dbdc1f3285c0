package io.linchpin.corerole.application.internal;

import io.linchpin.corerole.application.SuccessionStatistics;
import io.linchpin.corerole.domain.BenchRow;
import io.linchpin.corerole.domain.Readiness;
import io.linchpin.corerole.domain.SuccessionRepository;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** The bench of the core employees in the caller's reach, for the review. */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.BUSINESS_HEAD, Roles.LEGAL})
public class DefaultSuccessionStatistics implements SuccessionStatistics {

  @Inject SuccessionRepository succession;
  @EJB EmployeeService employees;

  @Override
  public Bench bench(String unitPath, String roleFamily) {
    List<BenchRow> core = succession.bench(employees.visibility(), unitPath, roleFamily);
    return new Bench(
        core.size(),
        core.stream()
            .filter(r -> r.best() != Readiness.READY_NOW)
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
                        r.best() == null ? null : r.best().name()))
            .toList());
  }
}
