package io.linchpin.casework.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.casework.application.InterventionService;
import io.linchpin.casework.domain.Agreement;
import io.linchpin.casework.domain.CaseEvent;
import io.linchpin.casework.domain.CaseEventKind;
import io.linchpin.casework.domain.CaseFile;
import io.linchpin.casework.domain.CasePolicy;
import io.linchpin.casework.domain.CaseRepository;
import io.linchpin.casework.domain.Intervention;
import io.linchpin.casework.domain.InterventionDetails;
import io.linchpin.casework.domain.InterventionKind;
import io.linchpin.casework.domain.InterventionRepository;
import io.linchpin.casework.domain.InterventionStatus;
import io.linchpin.casework.domain.LoanSchedule;
import io.linchpin.casework.domain.Repayment;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.people.application.PersonRef;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.ConflictException;
import io.linchpin.shared.EmployeeId;
import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.NotFoundException;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Plans and tracks a case's interventions. A relief loan may not exceed the policy maximum, and its
 * repayments never exceed what is owed. Every change goes on the case's timeline and the audit log.
 */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.LEGAL, Roles.BUSINESS_HEAD, Roles.LINE_MANAGER})
public class DefaultInterventionService implements InterventionService {

  static final String OBJECT = "intervention";
  static final List<String> SENSITIVE = List.of("details", "outcome");

  @Inject CaseRepository cases;
  @Inject InterventionRepository interventions;
  @EJB CaseAccess access;
  @EJB EmployeeService employees;
  @EJB AuditLog audit;
  @Inject Agreement.Renderer renderer;

  /** The highest relief-loan maximum a policy may set, in yuan. */
  static final BigDecimal LARGEST_LOAN_MAXIMUM = BigDecimal.valueOf(10_000_000);

  private final Clock clock = Clock.systemDefaultZone();

  @Override
  public List<InterventionView> list(long caseId) {
    CaseFile c = access.visibleCase(caseId);
    List<Intervention> all = interventions.ofCase(caseId);
    if (!access.canReadDetails(c)) {
      // A restricted case shows who does what by when, never amounts, repayments or outcomes.
      return all.stream().map(i -> outline(i)).toList();
    }
    if (!all.isEmpty()) {
      audit.recordNow(
          AuditOperation.READ_SENSITIVE,
          OBJECT,
          "case:" + caseId,
          SENSITIVE,
          c.getReference(),
          "OK");
    }
    return all.stream().map(this::view).toList();
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public InterventionView plan(long caseId, PlanIntervention command) {
    CaseFile c = access.readableCase(caseId);
    if (command == null) {
      throw new InvalidInputException("body", "is required");
    }
    if (!c.isOpen()) {
      throw new ConflictException("caseId", "the case is closed");
    }
    List<FieldViolation> violations = new ArrayList<>();
    InterventionKind kind =
        DefaultCaseService.parse(
            InterventionKind.class, "kind", command.kind(), null, true, violations);
    String owner = owner(command.owner(), true, violations);
    if (command.dueDate() != null && command.dueDate().isBefore(today())) {
      violations.add(new FieldViolation("dueDate", "must not be in the past"));
    }
    String details =
        kind == null
            ? null
            : InterventionDetails.accept(kind, command.details(), loanMaximum(), violations);
    signedCopyOnCase(c, command.details(), violations);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    Instant now = clock.instant();
    Intervention i =
        new Intervention(
            c,
            UUID.randomUUID().toString(),
            kind,
            owner,
            command.dueDate(),
            details,
            now,
            access.caller());
    interventions.add(i);
    timeline(c, CaseEventKind.INTERVENTION_PLANNED, kind + " · " + owner, now);
    audit.record(
        AuditOperation.CREATE,
        OBJECT,
        c.getReference() + "/" + i.getUid(),
        SENSITIVE,
        c.getReference());
    return view(i);
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public InterventionView update(long caseId, long interventionId, UpdateIntervention command) {
    Intervention i = load(caseId, interventionId);
    if (command == null) {
      throw new InvalidInputException("body", "is required");
    }
    List<FieldViolation> violations = new ArrayList<>();
    InterventionStatus status =
        DefaultCaseService.parse(
            InterventionStatus.class, "status", command.status(), i.getStatus(), false, violations);
    String owner = owner(command.owner(), false, violations);
    if (status == InterventionStatus.DONE
        && (command.outcome() == null || command.outcome().isBlank())
        && (i.outcome() == null || i.outcome().isBlank())) {
      violations.add(new FieldViolation("outcome", "say how it turned out"));
    }
    if (command.outcome() != null && command.outcome().length() > InterventionDetails.MAX_OUTCOME) {
      violations.add(
          new FieldViolation(
              "outcome", "must be at most " + InterventionDetails.MAX_OUTCOME + " characters"));
    }
    String details =
        command.details() == null
            ? null
            : InterventionDetails.accept(i.getKind(), command.details(), loanMaximum(), violations);
    signedCopyOnCase(i.getCaseFile(), command.details(), violations);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    if (i.getStatus().isFinal()) {
      throw new ConflictException("status", "the intervention is " + i.getStatus());
    }
    Instant now = clock.instant();
    if (details != null) {
      i.changeDetails(details, now);
    }
    i.update(status, command.outcome(), owner, command.dueDate(), now);
    timeline(
        i.getCaseFile(), CaseEventKind.INTERVENTION_UPDATED, i.getKind() + " → " + status, now);
    audit.record(
        AuditOperation.UPDATE,
        OBJECT,
        i.getCaseFile().getReference() + "/" + i.getUid(),
        SENSITIVE,
        i.getCaseFile().getReference());
    return view(i);
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public InterventionView repay(long caseId, long interventionId, RecordRepayment command) {
    Intervention i = load(caseId, interventionId);
    if (i.getKind() != InterventionKind.RELIEF_LOAN) {
      throw new ConflictException("kind", "only a relief loan is repaid");
    }
    if (command == null) {
      throw new InvalidInputException("body", "is required");
    }
    List<Repayment> done = interventions.repayments(i);
    BigDecimal balance =
        LoanSchedule.balance(
            InterventionDetails.loanAmount(i.details()),
            done.stream().map(Repayment::amount).toList());
    List<FieldViolation> violations = new ArrayList<>();
    if (command.paidOn() == null) {
      violations.add(new FieldViolation("paidOn", "is required"));
    } else if (command.paidOn().isAfter(today())) {
      violations.add(new FieldViolation("paidOn", "must not be in the future"));
    }
    BigDecimal amount = command.amount();
    if (amount == null
        || amount.signum() <= 0
        || amount.scale() > 2
        || amount.compareTo(balance) > 0) {
      violations.add(
          new FieldViolation(
              "amount",
              "must be more than 0 and at most the balance of " + balance.toPlainString()));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    if (i.getStatus().isFinal()) {
      throw new ConflictException("status", "the loan is " + i.getStatus());
    }
    Instant now = clock.instant();
    interventions.add(
        new Repayment(i, done.size() + 1, command.paidOn(), amount, now, access.caller()));
    if (i.getStatus() == InterventionStatus.PLANNED) {
      i.update(InterventionStatus.IN_PROGRESS, null, null, null, now);
    }
    timeline(i.getCaseFile(), CaseEventKind.REPAYMENT, "relief loan repayment", now);
    audit.record(
        AuditOperation.UPDATE,
        OBJECT,
        i.getCaseFile().getReference() + "/" + i.getUid(),
        List.of("repayments"),
        i.getCaseFile().getReference());
    return view(i);
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public InterventionView countCustomers(long caseId, long interventionId, CountCustomers command) {
    Intervention i = load(caseId, interventionId);
    if (i.getKind() != InterventionKind.CUSTOMER_TRANSITION) {
      throw new ConflictException("kind", "only a customer transition keeps customers");
    }
    if (command == null) {
      throw new InvalidInputException("body", "is required");
    }
    List<FieldViolation> violations = new ArrayList<>();
    if (command.held() == null || command.held() < 1 || command.held() > MAX_CUSTOMERS) {
      violations.add(
          new FieldViolation(
              "held", "the customers handed over: a whole number from 1 to " + MAX_CUSTOMERS));
    }
    if (command.kept() == null
        || command.kept() < 0
        || (command.held() != null && command.kept() > command.held())) {
      violations.add(
          new FieldViolation(
              "kept", "how many of those the company kept: from 0 to the customers handed over"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    if (i.getStatus() == InterventionStatus.CANCELLED) {
      throw new ConflictException("status", "the transition was cancelled");
    }
    Instant now = clock.instant();
    i.customersCounted(command.held(), command.kept(), now);
    timeline(
        i.getCaseFile(),
        CaseEventKind.INTERVENTION_UPDATED,
        "customer transition · customers kept " + command.kept() + "/" + command.held(),
        now);
    audit.record(
        AuditOperation.UPDATE,
        OBJECT,
        i.getCaseFile().getReference() + "/" + i.getUid(),
        List.of("customersHeld", "customersKept"),
        i.getCaseFile().getReference());
    return view(i);
  }

  /** The most customers a transition may count. */
  static final int MAX_CUSTOMERS = 100_000;

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public AgreementFile agreement(long caseId, long interventionId, String format) {
    Agreement.Format printed = Agreement.Format.of(format == null ? "docx" : format);
    if (printed == null) {
      throw new InvalidInputException("format", "must be docx or pdf");
    }
    Intervention i = load(caseId, interventionId);
    if (i.getKind() != InterventionKind.SUPPLEMENTARY_AGREEMENT) {
      throw new ConflictException("kind", "only a supplementary agreement is generated");
    }
    PersonRef person = employees.person(EmployeeId.of(i.getCaseFile().getEmployeeId()));
    JsonObject details = InterventionDetails.parse(i.details());
    byte[] document =
        renderer.render(
            new Agreement(
                details.getString("title"),
                details.getString("terms"),
                person.fullName(),
                person.employeeNumber(),
                person.orgUnit() == null ? "" : person.orgUnit().label(),
                today()),
            printed);
    audit.record(
        AuditOperation.EXPORT,
        OBJECT,
        i.getCaseFile().getReference() + "/" + i.getUid(),
        List.of("details"),
        i.getCaseFile().getReference());
    return new AgreementFile(
        "agreement-" + interventionId + "." + printed.extension(), printed.contentType(), document);
  }

  /** An agreement's signed copy must be a file of the same case. */
  private void signedCopyOnCase(
      CaseFile c, java.util.Map<String, Object> details, List<FieldViolation> violations) {
    if (details != null
        && details.get("signedAttachmentId") instanceof String id
        && !id.isBlank()
        && cases.attachment(c.getId(), id.strip()).isEmpty()) {
      violations.add(
          new FieldViolation("details.signedAttachmentId", "is not a file of this case"));
    }
  }

  @Override
  public BigDecimal reliefLoanMaximum() {
    return loanMaximum();
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public BigDecimal changeReliefLoanMaximum(BigDecimal maximum) {
    if (maximum == null
        || maximum.signum() <= 0
        || maximum.stripTrailingZeros().scale() > 2
        || maximum.compareTo(LARGEST_LOAN_MAXIMUM) > 0) {
      throw new InvalidInputException(
          "reliefLoanMax",
          "must be a positive amount in yuan and fen, at most "
              + LARGEST_LOAN_MAXIMUM.toPlainString());
    }
    CasePolicy policy =
        interventions
            .policy(CasePolicy.RELIEF_LOAN_MAX)
            .orElseThrow(() -> new IllegalStateException("the relief loan policy is missing"));
    policy.change(maximum.toPlainString(), clock.instant(), access.caller());
    audit.record(
        AuditOperation.UPDATE, "case-policy", CasePolicy.RELIEF_LOAN_MAX, List.of("value"), null);
    return maximum;
  }

  private BigDecimal loanMaximum() {
    return interventions
        .policy(CasePolicy.RELIEF_LOAN_MAX)
        .map(CasePolicy::decimal)
        .orElse(BigDecimal.valueOf(50_000));
  }

  private Intervention load(long caseId, long interventionId) {
    access.readableCase(caseId);
    return interventions
        .find(caseId, interventionId)
        .orElseThrow(() -> new NotFoundException("Intervention", interventionId));
  }

  private static String owner(String owner, boolean required, List<FieldViolation> violations) {
    if (owner == null || owner.isBlank()) {
      if (required) {
        violations.add(new FieldViolation("owner", "name who follows it up"));
      }
      return null;
    }
    if (owner.length() > 255) {
      violations.add(new FieldViolation("owner", "must be at most 255 characters"));
      return null;
    }
    return owner.strip();
  }

  private void timeline(CaseFile c, CaseEventKind kind, String note, Instant at) {
    cases.addEvent(new CaseEvent(c, at, access.caller(), kind, null, null, note));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneId.systemDefault()));
  }

  /** The intervention without what only the case's own people read. */
  private InterventionView outline(Intervention i) {
    return view(i, false);
  }

  private InterventionView view(Intervention i) {
    return view(i, true);
  }

  private boolean overdue(Intervention i) {
    return i.getDueDate() != null && !i.getStatus().isFinal() && i.getDueDate().isBefore(today());
  }

  private InterventionView view(Intervention i, boolean withDetails) {
    String details = withDetails ? i.details() : null;
    Loan loan = null;
    if (i.getKind() == InterventionKind.RELIEF_LOAN && details != null) {
      BigDecimal amount = InterventionDetails.loanAmount(details);
      int months = InterventionDetails.loanMonths(details);
      List<Repayment> repayments = interventions.repayments(i);
      List<BigDecimal> paid = repayments.stream().map(Repayment::amount).toList();
      BigDecimal repaid = paid.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
      loan =
          new Loan(
              amount,
              months,
              LoanSchedule.of(
                      amount, months, i.getCreatedAt().atZone(ZoneId.systemDefault()).toLocalDate())
                  .stream()
                  .map(s -> new Instalment(s.number(), s.due(), s.amount()))
                  .toList(),
              repayments.stream()
                  .map(r -> new Payment(r.getPaidOn(), r.amount(), r.getRecordedBy()))
                  .toList(),
              repaid,
              LoanSchedule.balance(amount, paid));
    }
    return new InterventionView(
        i.getId(),
        i.getCaseFile().getId(),
        i.getKind().name(),
        i.getOwner(),
        i.getDueDate(),
        i.getStatus().name(),
        overdue(i),
        details == null ? java.util.Map.of() : JsonValues.toMap(InterventionDetails.parse(details)),
        withDetails ? i.outcome() : null,
        loan,
        !withDetails || i.getCustomersHeld() == null
            ? null
            : new Customers(i.getCustomersHeld(), i.getCustomersKept(), i.getCustomersCountedAt()),
        i.getCreatedBy(),
        i.getCreatedAt(),
        i.getUpdatedAt());
  }
}
