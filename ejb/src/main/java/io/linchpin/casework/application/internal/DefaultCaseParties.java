package io.linchpin.casework.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.casework.application.CaseParties;
import io.linchpin.casework.domain.CaseEvent;
import io.linchpin.casework.domain.CaseEventKind;
import io.linchpin.casework.domain.CaseFile;
import io.linchpin.casework.domain.CaseParty;
import io.linchpin.casework.domain.CaseParty.How;
import io.linchpin.casework.domain.CaseRepository;
import io.linchpin.casework.domain.Workflow;
import io.linchpin.casework.domain.Workflow.StepTask;
import io.linchpin.people.application.AccountRef;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.ConflictException;
import io.linchpin.shared.NotFoundException;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Lists, grants and revokes the parties of a case. */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.LEGAL, Roles.BUSINESS_HEAD, Roles.LINE_MANAGER})
public class DefaultCaseParties implements CaseParties {

  /** The roles that work cases: a party must hold one of them. */
  static final List<String> CASEWORK_ROLES =
      List.of(Roles.HR_ADMIN, Roles.HR_BP, Roles.LEGAL, Roles.BUSINESS_HEAD, Roles.LINE_MANAGER);

  @Inject CaseRepository cases;
  @Inject Workflow workflow;
  @EJB CaseAccess access;
  @EJB AuditLog audit;

  private final Clock clock = Clock.systemUTC();

  @Override
  public List<PartyView> list(long caseId) {
    CaseFile c = access.readableCase(caseId);
    return cases.parties(c.getId()).stream().map(DefaultCaseParties::view).toList();
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public PartyView grant(long caseId, String username) {
    CaseFile c = access.visibleCase(caseId);
    access.refuseOwnCase(c, "caseId", "grant access to a case");
    AccountRef to = access.accountToWork(c, username, CASEWORK_ROLES, "give the case");
    if (cases.isParty(c.getId(), to.id())) {
      throw new ConflictException("username", to.username() + " works on the case already");
    }
    Instant now = clock.instant();
    AccountRef me = access.me();
    CaseParty party =
        new CaseParty(c.getId(), to.id(), to.username(), How.GRANTED, me.username(), now);
    cases.addParty(party);
    cases.addEvent(
        new CaseEvent(
            c, now, me.username(), CaseEventKind.PARTY_GRANTED, null, null, to.username()));
    audit.record(
        AuditOperation.GRANT,
        DefaultCaseService.OBJECT,
        c.getId().toString(),
        List.of("party"),
        "case party granted to account " + to.id());
    return view(party);
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public void revoke(long caseId, long accountId) {
    CaseFile c = access.visibleCase(caseId);
    String name =
        cases.parties(c.getId()).stream()
            .filter(p -> p.getAccountId() == accountId)
            .map(CaseParty::getUsername)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Party", accountId));
    cases.removeParty(c.getId(), accountId);
    String key = Long.toString(accountId);
    if (c.isOpen()) {
      for (StepTask t : workflow.openTasks(c.getProcessInstanceId())) {
        if (key.equals(t.assignee())) {
          workflow.assign(t.id(), null);
        }
      }
    }
    Instant now = clock.instant();
    cases.addEvent(
        new CaseEvent(c, now, access.caller(), CaseEventKind.PARTY_REVOKED, null, null, name));
    audit.record(
        AuditOperation.REVOKE,
        DefaultCaseService.OBJECT,
        c.getId().toString(),
        List.of("party"),
        "case party revoked from account " + accountId);
  }

  private static PartyView view(CaseParty p) {
    return new PartyView(
        p.getAccountId(), p.getUsername(), p.getHow().name(), p.getGrantedBy(), p.getSince());
  }
}
