package io.linchpin.casework.application.internal;

import io.linchpin.casework.domain.CaseEvent;
import io.linchpin.casework.domain.CaseEventKind;
import io.linchpin.casework.domain.CaseFile;
import io.linchpin.casework.domain.CaseNotification;
import io.linchpin.casework.domain.CaseRepository;
import io.linchpin.casework.domain.CaseSignals;
import io.linchpin.casework.domain.RootCause;
import io.linchpin.people.application.AccountDirectory;
import io.linchpin.people.application.AccountRef;
import io.linchpin.shared.Mailer;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Records on the timeline what the playbook did and tells the right people: a started step is
 * announced to its roles, a reminder to its assignee (or roles), a breach to HR admins. Runs in the
 * engine's transaction, from a request or from the engine's timer threads; actor is Linchpin.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DefaultCaseSignals implements CaseSignals {

  static final String SYSTEM = "linchpin";

  @Inject CaseRepository cases;
  @Inject Mailer mailer;
  @EJB AccountDirectory accounts;

  private final Clock clock = Clock.systemUTC();

  @Override
  public void stepStarted(long caseId, String step, String name, List<String> roles, Instant due) {
    CaseFile c = load(caseId);
    Instant now = clock.instant();
    cases.addEvent(new CaseEvent(c, now, SYSTEM, CaseEventKind.STEP_STARTED, step, name, null));
    if (roles.contains(Roles.LEGAL)) {
      c.involveLegal();
    }
    for (String role : roles) {
      toRole(
          caseId,
          role,
          CaseEventKind.STEP_STARTED,
          "Case " + c.getReference() + ": “" + name + "” is waiting in your inbox",
          now);
    }
  }

  @Override
  public void stepReminder(
      long caseId, String step, String name, String assignee, List<String> roles) {
    CaseFile c = load(caseId);
    Instant now = clock.instant();
    cases.addEvent(new CaseEvent(c, now, SYSTEM, CaseEventKind.REMINDER, step, name, null));
    String message = "Reminder: case " + c.getReference() + ", “" + name + "” is due soon";
    if (assignee != null) {
      toPerson(caseId, assignee, CaseEventKind.REMINDER, message, now);
    } else {
      for (String role : roles) {
        toRole(caseId, role, CaseEventKind.REMINDER, message, now);
      }
    }
  }

  @Override
  public void stepOverdue(long caseId, String step, String name) {
    CaseFile c = load(caseId);
    Instant now = clock.instant();
    cases.addEvent(new CaseEvent(c, now, SYSTEM, CaseEventKind.STEP_OVERDUE, step, name, null));
    toRole(
        caseId,
        Roles.HR_ADMIN,
        CaseEventKind.STEP_OVERDUE,
        "Escalated: case " + c.getReference() + ", “" + name + "” missed its deadline",
        now);
  }

  @Override
  public void caseOverdue(long caseId) {
    CaseFile c = load(caseId);
    Instant now = clock.instant();
    c.markOverdue();
    cases.addEvent(new CaseEvent(c, now, SYSTEM, CaseEventKind.CASE_OVERDUE, null, null, null));
    toRole(
        caseId,
        Roles.HR_ADMIN,
        CaseEventKind.CASE_OVERDUE,
        "Escalated: case " + c.getReference() + " is past its deadline",
        now);
  }

  @Override
  public void responseWindowEnded(long caseId) {
    CaseFile c = load(caseId);
    cases.addEvent(
        new CaseEvent(
            c,
            clock.instant(),
            SYSTEM,
            CaseEventKind.RESPONSE_WINDOW_ENDED,
            "responseWindow",
            null,
            null));
  }

  @Override
  public void playbookEnded(long caseId) {
    CaseFile c = load(caseId);
    Instant now = clock.instant();
    if (c.isOpen()) {
      // A playbook version without a review step: the case still closes, with that said.
      c.close("The playbook ended without a review.", RootCause.OTHER, now);
    }
    cases.addEvent(new CaseEvent(c, now, SYSTEM, CaseEventKind.CLOSED, null, null, null));
  }

  /**
   * Tells everyone holding a role in the portal, and by e-mail the role's mailbox ({@code
   * linchpin.mail.role.<role>}) when one is set: Linchpin does not know every holder's address.
   */
  private void toRole(long caseId, String role, CaseEventKind kind, String message, Instant at) {
    cases.notify(CaseNotification.toRole(caseId, role, kind, message, at));
    String mailbox = System.getProperty("linchpin.mail.role." + role);
    if (mailbox != null && !mailbox.isBlank()) {
      mailer.sendAfterCommit(List.of(mailbox.strip()), message, mailBody(message));
    }
  }

  /**
   * Tells one account in the portal (by the key the engine keeps for a step's assignee) and, when
   * the account is bound, at its address.
   */
  private void toPerson(
      long caseId, String accountKey, CaseEventKind kind, String message, Instant at) {
    cases.notify(CaseNotification.toPerson(caseId, accountKey, kind, message, at));
    if (mailer.isEnabled()) {
      AccountRef.idOf(accountKey)
          .flatMap(accounts::emailOf)
          .ifPresent(
              address -> mailer.sendAfterCommit(List.of(address), message, mailBody(message)));
    }
  }

  private static String mailBody(String message) {
    return message
        + "\n\nOpen Linchpin and go to “My work” to see the case and its steps."
        + "\nThis message names the case only; its details are in Linchpin.";
  }

  private CaseFile load(long caseId) {
    return cases
        .find(caseId)
        .orElseThrow(() -> new IllegalStateException("the engine names an unknown case " + caseId));
  }
}
