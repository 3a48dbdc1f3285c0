package io.linchpin.casework.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.casework.application.InterventionStatistics;
import io.linchpin.casework.domain.Intervention;
import io.linchpin.casework.domain.InterventionDetails;
import io.linchpin.casework.domain.InterventionKind;
import io.linchpin.casework.domain.InterventionRepository;
import io.linchpin.casework.domain.Repayment;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.ErasedSubjectException;
import io.linchpin.shared.FieldSealer;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Intervention lines for the review, scoped to the people the caller may see. */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.BUSINESS_HEAD, Roles.LEGAL})
public class DefaultInterventionStatistics implements InterventionStatistics {

  @Inject InterventionRepository interventions;
  @EJB EmployeeService employees;
  @EJB AuditLog audit;
  @Inject FieldSealer sealer;

  @Override
  public List<InterventionLine> lines(
      String unitPath, String roleFamily, Instant from, Instant to) {
    List<Intervention> planned =
        interventions.plannedBetween(employees.visibility(), unitPath, roleFamily, from, to);
    List<Long> loans =
        planned.stream()
            .filter(i -> i.getKind() == InterventionKind.RELIEF_LOAN)
            .map(Intervention::getId)
            .toList();
    Map<Long, List<Repayment>> repayments =
        loans.isEmpty() ? Map.of() : interventions.repayments(loans);
    if (!loans.isEmpty()) {
      // The loans' people's keys in one query instead of one each.
      sealer.prepare(
          planned.stream()
              .filter(i -> i.getKind() == InterventionKind.RELIEF_LOAN)
              .map(i -> i.getCaseFile().getSubject())
              .distinct()
              .toList());
    }
    List<InterventionLine> lines = new ArrayList<>();
    for (Intervention i : planned) {
      BigDecimal amount = null;
      BigDecimal repaid = null;
      if (i.getKind() == InterventionKind.RELIEF_LOAN) {
        try {
          amount = InterventionDetails.loanAmount(i.details());
          repaid =
              repayments.getOrDefault(i.getId(), List.of()).stream()
                  .map(Repayment::amount)
                  .reduce(BigDecimal.ZERO, BigDecimal::add);
        } catch (ErasedSubjectException erased) {
          amount = null;
          repaid = null;
        }
      }
      lines.add(
          new InterventionLine(
              i.getId(),
              i.getCaseFile().getId(),
              i.getCaseFile().getEmployeeId(),
              i.getKind().name(),
              i.getStatus().name(),
              i.getCreatedAt(),
              amount,
              repaid,
              i.getRiskBefore(),
              i.getRiskAfter(),
              i.getCustomersHeld(),
              i.getCustomersKept()));
    }
    if (!loans.isEmpty()) {
      audit.record(
          AuditOperation.READ_SENSITIVE,
          DefaultInterventionService.OBJECT,
          "review:" + loans.size() + " relief loans",
          List.of("details.amount", "repayments"),
          "review");
    }
    return lines;
  }
}
