package io.linchpin.corerole.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.corerole.application.SuccessionService;
import io.linchpin.corerole.domain.Assessment;
import io.linchpin.corerole.domain.AssessmentRepository;
import io.linchpin.corerole.domain.Criterion;
import io.linchpin.corerole.domain.CustomerLink;
import io.linchpin.corerole.domain.Readiness;
import io.linchpin.corerole.domain.SuccessionRepository;
import io.linchpin.corerole.domain.SuccessorCandidate;
import io.linchpin.corerole.domain.TransitionPlanner;
import io.linchpin.corerole.domain.TransitionTask;
import io.linchpin.corerole.domain.module.ModuleRepository;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.people.application.PersonRef;
import io.linchpin.people.application.Ref;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.ConflictException;
import io.linchpin.shared.EmployeeId;
import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.NotFoundException;
import io.linchpin.shared.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Keeps successor candidates and transition plans; every change is on the audit log. */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.BUSINESS_HEAD})
public class DefaultSuccessionService implements SuccessionService {

  static final String OBJECT = "succession";

  @Resource SessionContext session;
  @Inject SuccessionRepository succession;
  @Inject ModuleRepository modules;
  @Inject AssessmentRepository assessments;
  @EJB EmployeeService employees;
  @EJB AuditLog audit;

  private final Clock clock = Clock.systemDefaultZone();

  @Override
  public Succession succession(long incumbentId) {
    PersonRef incumbent = employees.person(EmployeeId.of(incumbentId));
    return view(incumbent);
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public Succession nominate(long incumbentId, Nominate command) {
    PersonRef incumbent = employees.person(EmployeeId.of(incumbentId));
    if (command == null) {
      throw new InvalidInputException("body", "is required");
    }
    List<FieldViolation> violations = new ArrayList<>();
    if (command.candidateId() == null) {
      violations.add(new FieldViolation("candidateId", "is required"));
    } else if (command.candidateId() == incumbentId) {
      violations.add(new FieldViolation("candidateId", "no one succeeds themselves"));
    }
    Readiness readiness = null;
    try {
      readiness =
          command.readiness() == null
              ? null
              : Readiness.valueOf(command.readiness().trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      readiness = null;
    }
    if (readiness == null) {
      violations.add(
          new FieldViolation("readiness", "must be READY_NOW, ONE_TO_TWO_YEARS or LATER"));
    }
    Set<String> customers = customerNames(incumbentId);
    Set<String> known = new LinkedHashSet<>();
    List<String> given = command.knownCustomers() == null ? List.of() : command.knownCustomers();
    for (int i = 0; i < given.size(); i++) {
      if (given.get(i) == null || !customers.contains(given.get(i))) {
        violations.add(
            new FieldViolation(
                "knownCustomers[" + i + "]", "is not a customer the incumbent holds"));
      } else {
        known.add(given.get(i));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    employees.person(EmployeeId.of(command.candidateId()));
    Readiness r = readiness;
    succession
        .candidate(incumbentId, command.candidateId())
        .ifPresentOrElse(
            c -> c.change(r, known, clock.instant(), caller()),
            () ->
                succession.add(
                    new SuccessorCandidate(
                        incumbentId, command.candidateId(), r, known, clock.instant(), caller())));
    Succession result = view(incumbent);
    audit.record(
        AuditOperation.UPDATE,
        OBJECT,
        "employee:" + incumbentId,
        List.of("candidate:" + command.candidateId()),
        null);
    return result;
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public Succession withdraw(long incumbentId, long candidateId) {
    PersonRef incumbent = employees.person(EmployeeId.of(incumbentId));
    SuccessorCandidate c =
        succession
            .candidate(incumbentId, candidateId)
            .orElseThrow(() -> new NotFoundException("Successor candidate", candidateId));
    succession.remove(c);
    Succession result = view(incumbent);
    audit.record(
        AuditOperation.UPDATE,
        OBJECT,
        "employee:" + incumbentId,
        List.of("withdrawn:" + candidateId),
        null);
    return result;
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public Succession plan(long incumbentId, long successorId) {
    PersonRef incumbent = employees.person(EmployeeId.of(incumbentId));
    SuccessorCandidate c =
        succession
            .candidate(incumbentId, successorId)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "successorId", "nominate the successor as a candidate first"));
    PersonRef successor = employees.person(EmployeeId.of(successorId));
    List<CustomerLink> customers =
        SalesCustomers.links(
            modules.records(incumbentId, SalesCustomers.MODULE, SalesCustomers.COLLECTION));
    boolean uniqueKnowHow =
        assessments
            .current(incumbentId)
            .map(Assessment::ratingsByCriterion)
            .map(m -> m.getOrDefault(Criterion.UNIQUE_KNOW_HOW, 0) >= Criterion.EVIDENCE_FROM)
            .orElse(false);
    succession.removeOpenTasks(incumbentId);
    LocalDate today = LocalDate.now(clock);
    for (TransitionPlanner.Step step :
        TransitionPlanner.plan(
            customers, c.getKnownCustomers(), uniqueKnowHow, successor.fullName(), today)) {
      succession.add(
          new TransitionTask(
              incumbentId,
              successorId,
              step.title(),
              step.byIncumbent() ? incumbentId : successorId,
              step.due(),
              clock.instant(),
              caller()));
    }
    Succession result = view(incumbent);
    audit.record(
        AuditOperation.UPDATE,
        OBJECT,
        "employee:" + incumbentId,
        List.of("plan:" + successorId),
        null);
    return result;
  }

  @Override
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public Succession done(long incumbentId, long taskId, boolean done) {
    PersonRef incumbent = employees.person(EmployeeId.of(incumbentId));
    TransitionTask t =
        succession
            .task(taskId)
            .filter(x -> x.getIncumbentId() == incumbentId)
            .orElseThrow(() -> new NotFoundException("Transition task", taskId));
    t.done(done, clock.instant());
    Succession result = view(incumbent);
    audit.record(
        AuditOperation.UPDATE, OBJECT, "employee:" + incumbentId, List.of("task:" + taskId), null);
    return result;
  }

  private Set<String> customerNames(long incumbentId) {
    Set<String> names = new LinkedHashSet<>();
    SalesCustomers.links(
            modules.records(incumbentId, SalesCustomers.MODULE, SalesCustomers.COLLECTION))
        .forEach(c -> names.add(c.customer()));
    return names;
  }

  private Succession view(PersonRef incumbent) {
    List<CustomerLink> customers =
        SalesCustomers.links(
            modules.records(incumbent.id(), SalesCustomers.MODULE, SalesCustomers.COLLECTION));
    BigDecimal book =
        customers.stream()
            .map(CustomerLink::annualRevenue)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    Map<Long, PersonRef> people = new HashMap<>();
    List<CandidateView> candidates = new ArrayList<>();
    for (SuccessorCandidate c : succession.candidates(incumbent.id())) {
      PersonRef p = person(c.getCandidateId(), people);
      Set<String> known = c.getKnownCustomers();
      BigDecimal knownRevenue =
          customers.stream()
              .filter(x -> known.contains(x.customer()))
              .map(CustomerLink::annualRevenue)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      candidates.add(
          new CandidateView(
              p == null ? new Ref(c.getCandidateId(), null) : new Ref(p.id(), p.fullName()),
              p == null ? null : p.employeeNumber(),
              c.getReadiness().name(),
              known.stream().sorted().toList(),
              known.size(),
              customers.size(),
              book.signum() == 0
                  ? BigDecimal.ZERO
                  : knownRevenue.divide(book, 3, RoundingMode.HALF_UP),
              c.getUpdatedAt(),
              c.getUpdatedBy()));
    }
    LocalDate today = LocalDate.now(clock);
    List<TaskView> plan = new ArrayList<>();
    for (TransitionTask t : succession.tasks(incumbent.id())) {
      PersonRef successor = person(t.getSuccessorId(), people);
      PersonRef owner = person(t.getOwnerId(), people);
      plan.add(
          new TaskView(
              t.getId(),
              successor == null
                  ? new Ref(t.getSuccessorId(), null)
                  : new Ref(successor.id(), successor.fullName()),
              t.getTitle(),
              owner == null ? new Ref(t.getOwnerId(), null) : new Ref(owner.id(), owner.fullName()),
              t.getDue(),
              t.isDone(),
              !t.isDone() && t.getDue().isBefore(today)));
    }
    return new Succession(new Ref(incumbent.id(), incumbent.fullName()), candidates, plan);
  }

  /** A person the caller may see, or null (a name outside the caller's reach stays hidden). */
  private PersonRef person(long id, Map<Long, PersonRef> known) {
    if (known.containsKey(id)) {
      return known.get(id);
    }
    PersonRef p;
    try {
      p = employees.person(EmployeeId.of(id));
    } catch (NotFoundException e) {
      p = null;
    }
    known.put(id, p);
    return p;
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
