package io.linchpin.people.application;

import java.util.List;
import java.util.Optional;

/**
 * The caller's own account and reach, the bindings of accounts to employee records, and the org
 * units HR business partners look after.
 */
public interface AccessService {

  /**
   * Who the caller is, which roles they hold, which record they are bound to, how many they see.
   */
  CallerView me();

  /**
   * The employee record the caller's account is bound to, without counting their reach as {@link
   * #me} does; empty until the account is bound.
   */
  Optional<Ref> self();

  /**
   * Refuses ({@code OwnRecordException}, a 403 naming {@code field}) when the employee is the
   * caller's own record: nobody acts as HR, Legal or a manager on records about themselves. {@code
   * what} says what was refused ("dismiss an alert"). The refusal is on the audit log.
   */
  void refuseOwnRecord(long employeeId, String field, String what);

  /** {@link #self}, or a conflict on {@code account} asking the caller to have HR link it. */
  Ref requireSelf();

  /** The account bound to an employee record, if any. */
  AccountView account(long employeeId);

  /** Removes an employee record's account binding, so the account binds afresh at next sign-in. */
  void unbind(long employeeId, String reason);

  List<PartnerView> partners(long orgUnitId);

  PartnerView assignPartner(long orgUnitId, long partnerId);

  void unassignPartner(long orgUnitId, long partnerId);

  /**
   * The signed-in caller. {@code employee}, {@code employeeNumber} and {@code orgUnit} are null
   * until the account is bound to an employee record.
   */
  record CallerView(
      String username,
      List<String> roles,
      Ref employee,
      String employeeNumber,
      Ref orgUnit,
      long peopleInScope) {}

  /** An account bound to an employee record. */
  record AccountView(
      long employeeId, String issuer, String subject, String username, java.time.Instant boundAt) {}

  /** An HR business partner looking after an org unit and its subtree. */
  record PartnerView(
      Ref orgUnit,
      Ref partner,
      String employeeNumber,
      java.time.Instant assignedAt,
      String assignedBy) {}
}
