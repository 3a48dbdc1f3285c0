package io.linchpin.people.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The accounts of the identity provider that have signed in, and who to notify. An account is named
 * for good by its id ({@link AccountRef#id()}), which stands for the token's issuer and subject:
 * whatever works with a person's account over time (case parties, step assignees, personal
 * notifications) keeps the id, never the user name, which the identity provider may give to a new
 * account. Used by the system, not exposed.
 */
public interface AccountDirectory {

  /**
   * The signed-in caller's account, recorded with the user name and roles of this sign-in; empty
   * outside a signed-in request.
   */
  Optional<AccountRef> signedIn();

  /** The account that signed in last with this user name. */
  Optional<AccountRef> named(String username);

  /** The user names of these accounts, for display. */
  Map<Long, String> usernames(Collection<Long> accountIds);

  /**
   * Why this account may not work on a record about the employee in one of the roles, or empty when
   * it may: it must hold one of the roles (as of its last sign-in), stand for no record that has
   * ended, not be the employee, and its scope must cover the employee.
   */
  Optional<String> refusalToWork(long accountId, Collection<String> roles, long employeeId);

  /** The e-mail address of the employee the account stands for, when it is bound and has one. */
  Optional<String> emailOf(long accountId);

  /**
   * For each of these people, the HR business partners who look after their org unit (assigned to
   * it or to a unit above it), nearest unit first. People nobody looks after are left out.
   */
  Map<Long, List<Partner>> partnersOf(Collection<Long> employeeIds);

  /** An HR business partner: their employee record, and their address when they have one. */
  record Partner(long employeeId, String email) {}
}
