package io.linchpin.casework.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.casework.domain.CaseCriteria;
import io.linchpin.casework.domain.CaseFile;
import io.linchpin.casework.domain.CaseRepository;
import io.linchpin.casework.domain.CaseStatus;
import io.linchpin.casework.domain.CaseType;
import io.linchpin.casework.domain.Confidentiality;
import io.linchpin.casework.domain.Workflow;
import io.linchpin.people.application.AccessService;
import io.linchpin.people.application.AccountDirectory;
import io.linchpin.people.application.AccountRef;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.NotFoundException;
import io.linchpin.shared.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may see which case. HR admins see every case; Legal sees the cases it takes part in; an
 * account sees the cases it is a party to (it opened the case, took, was handed or completed a
 * step, or an HR admin granted it); and a holder of a role that an open step is offered to sees
 * that case if they may see the employee (an HR business partner for their units, a business head
 * for their business unit). Being a step's assignee without its role or scope shows nothing.
 */
@Stateless
@PermitAll
public class CaseAccess {

  @Resource SessionContext session;
  @Inject CaseRepository cases;
  @Inject Workflow workflow;
  @EJB EmployeeService employees;
  @EJB AccessService self;
  @EJB AccountDirectory accounts;
  @EJB AuditLog audit;

  /** The caller's user name, for the stamps on what they write. */
  public String caller() {
    return session.getCallerPrincipal().getName();
  }

  /**
   * The caller's account: what parties, assignees and personal notifications refer to, so that a
   * user name given to a new account inherits nothing.
   */
  public AccountRef me() {
    return accounts
        .signedIn()
        .orElseThrow(() -> new IllegalStateException("casework needs a signed-in account"));
  }

  public List<String> roles() {
    return Roles.ALL.stream().filter(session::isCallerInRole).toList();
  }

  /**
   * The account that last signed in with the user name, when it may work on the case in one of the
   * roles; otherwise refused naming {@code username}, with the refusal on the audit log.
   */
  public AccountRef accountToWork(
      CaseFile c, String username, Collection<String> roles, String what) {
    if (username == null || username.isBlank() || username.length() > 255) {
      throw new InvalidInputException("username", "name the account to " + what);
    }
    AccountRef to =
        accounts
            .named(username.strip())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "username", "no account named " + username.strip() + " has signed in"));
    Optional<String> refused = accounts.refusalToWork(to.id(), roles, c.getEmployeeId());
    if (refused.isPresent()) {
      audit.recordNow(
          AuditOperation.DENIED,
          "case",
          c.getId().toString(),
          List.of("party"),
          c.getReference(),
          "PARTY_REFUSED");
      throw new InvalidInputException(
          "username", "cannot " + what + " to this account: " + refused.get());
    }
    return to;
  }

  /** Refused when the case is about the caller: nobody works a case about themselves. */
  public void refuseOwnCase(CaseFile c, String field, String what) {
    self.refuseOwnRecord(c.getEmployeeId(), field, what);
  }

  public boolean isHrAdmin() {
    return session.isCallerInRole(Roles.HR_ADMIN);
  }

  public boolean canSee(CaseFile c) {
    return worksOn(c) || (c.isOpen() && offeredToMe(c));
  }

  /**
   * The case if the caller may see it; otherwise reported, and audited, as a case that does not
   * exist.
   */
  public CaseFile visibleCase(long id) {
    CaseFile c = cases.find(id).orElseThrow(() -> new NotFoundException("Case", id));
    if (!canSee(c)) {
      audit.recordNow(
          AuditOperation.DENIED, "case", Long.toString(id), List.of(), null, "OUT_OF_SCOPE");
      throw new NotFoundException("Case", id);
    }
    return c;
  }

  /**
   * The case if the caller may also read its details (files, interventions, the text of its
   * timeline); otherwise reported, and audited, as a case that does not exist. Holding the role of
   * a step of a restricted case shows the case, never its details.
   */
  public CaseFile readableCase(long id) {
    CaseFile c = visibleCase(id);
    if (!canReadDetails(c)) {
      audit.recordNow(
          AuditOperation.DENIED, "case", Long.toString(id), List.of(), null, "RESTRICTED");
      throw new NotFoundException("Case", id);
    }
    return c;
  }

  /**
   * Whether the caller sees the case's sensitive text: not when they only hold the role of a step
   * of a restricted case.
   */
  public boolean canReadDetails(CaseFile c) {
    return c.getConfidentiality() != Confidentiality.RESTRICTED || worksOn(c);
  }

  /** HR admins, Legal once involved, and the case's parties work on it. */
  private boolean worksOn(CaseFile c) {
    return isHrAdmin()
        || (c.isLegalInvolved() && session.isCallerInRole(Roles.LEGAL))
        || cases.isParty(c.getId(), me().id());
  }

  private boolean offeredToMe(CaseFile c) {
    List<String> roles = roles();
    boolean offered =
        workflow.openTasks(c.getProcessInstanceId()).stream()
            .anyMatch(t -> t.roles().stream().anyMatch(roles::contains));
    return offered && !employees.visibleAmong(List.of(c.getEmployeeId())).isEmpty();
  }

  /** The caller's reach, with the filters, as case criteria. */
  public CaseCriteria criteria(CaseStatus status, CaseType type, Long employeeId) {
    if (isHrAdmin()) {
      return new CaseCriteria(status, type, employeeId, true, false, null, Set.of());
    }
    Set<Long> offered = new HashSet<>();
    List<String> roles = roles();
    if (!roles.isEmpty() && status != CaseStatus.CLOSED) {
      List<CaseFile> candidates = cases.byInstances(workflow.instancesOfferedTo(roles));
      Set<Long> visible =
          employees.visibleAmong(candidates.stream().map(CaseFile::getEmployeeId).toList());
      candidates.stream()
          .filter(c -> visible.contains(c.getEmployeeId()))
          .forEach(c -> offered.add(c.getId()));
    }
    return new CaseCriteria(
        status, type, employeeId, false, session.isCallerInRole(Roles.LEGAL), me().id(), offered);
  }
}
