package io.linchpin.people.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Known accounts, account bindings, HR-partner assignments and the reporting lines that scope what
 * people see.
 */
public interface AccessRepository {

  Optional<AccountBinding> binding(String issuer, String subject);

  Optional<AccountBinding> bindingOf(Employee employee);

  void add(AccountBinding binding);

  void remove(AccountBinding binding);

  List<PartnerAssignment> assignmentsOf(Employee partner);

  List<PartnerAssignment> assignmentsTo(OrgUnit unit);

  Optional<PartnerAssignment> assignment(Employee partner, OrgUnit unit);

  void add(PartnerAssignment assignment);

  void remove(PartnerAssignment assignment);

  /** The ids of the employees whose manager is one of {@code managerIds}. */
  List<Long> directReports(Collection<Long> managerIds);

  Optional<KnownAccount> knownAccount(String issuer, String subject);

  Optional<KnownAccount> knownAccount(long id);

  List<KnownAccount> knownAccounts(Collection<Long> ids);

  /**
   * The account that signed in last with this user name: a name deleted and created again at the
   * identity provider names the new account once it has signed in.
   */
  Optional<KnownAccount> knownAccountNamed(String username);

  void add(KnownAccount account);
}
