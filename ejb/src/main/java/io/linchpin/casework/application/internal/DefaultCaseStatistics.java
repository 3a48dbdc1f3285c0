package io.linchpin.casework.application.internal;

import io.linchpin.casework.application.CaseStatistics;
import io.linchpin.casework.application.CaseSummary;
import io.linchpin.casework.domain.CaseFile;
import io.linchpin.casework.domain.CaseRepository;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Case lines for the review, scoped to the people the caller may see. */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.BUSINESS_HEAD, Roles.LEGAL})
public class DefaultCaseStatistics implements CaseStatistics {

  /** The most cases a drill-down lists. */
  static final int MAX_OPENABLE = 500;

  @Inject CaseRepository cases;
  @EJB EmployeeService employees;
  @EJB CaseAccess access;
  @Inject CaseViewer viewer;

  @Override
  public List<CaseLine> lines(String unitPath, String roleFamily, Instant from, Instant to) {
    return cases.facts(employees.visibility(), unitPath, roleFamily, from, to).stream()
        .map(
            f ->
                new CaseLine(
                    f.caseId(),
                    f.employeeId(),
                    f.orgUnitPath(),
                    f.type().name(),
                    f.openedAt(),
                    f.dueAt(),
                    f.closedAt(),
                    f.legalInvolved(),
                    f.escalations(),
                    f.rootCause() == null ? null : f.rootCause().name()))
        .toList();
  }

  @Override
  public List<CaseSummary> openable(List<Long> caseIds) {
    List<CaseFile> seen = new ArrayList<>();
    for (Long id : caseIds) {
      cases.find(id).filter(access::canSee).ifPresent(seen::add);
      if (seen.size() == MAX_OPENABLE) {
        break;
      }
    }
    seen.sort(Comparator.comparing(CaseFile::getOpenedAt).reversed());
    Map<Long, String> names = viewer.names(seen);
    return seen.stream().map(c -> CaseViews.summary(c, names.get(c.getEmployeeId()))).toList();
  }
}
