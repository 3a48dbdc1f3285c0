package io.linchpin.casework.application;

import java.time.Instant;
import java.util.List;

/**
 * The accounts working a case, and so reading it. An account becomes a party when it opens the
 * case, takes, is handed or completes a step, or when an HR admin grants it; an HR admin revokes
 * it. Granting and revoking are on the case's timeline and on the audit log.
 */
public interface CaseParties {

  /** The case's parties, in the order they joined; for whoever may read the case's details. */
  List<PartyView> list(long caseId);

  /**
   * Grants the account that last signed in with this user name; refused unless it holds a casework
   * role, stands for no record that has ended, is not the case's employee and its scope covers the
   * employee.
   */
  PartyView grant(long caseId, String username);

  /**
   * Revokes an account's part in the case; the steps it had taken go back to their roles' queue.
   */
  void revoke(long caseId, long accountId);

  /**
   * A party: its account, how it came to work the case ({@code OPENED}, {@code CLAIMED}, {@code
   * HANDED}, {@code COMPLETED}, {@code GRANTED}, {@code RECORDED}) and who granted or handed it.
   */
  record PartyView(long accountId, String username, String how, String grantedBy, Instant since) {}
}
