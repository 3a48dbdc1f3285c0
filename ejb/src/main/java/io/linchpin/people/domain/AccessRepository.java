package io.linchpin.people.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Account bindings, HR-partner assignments and the reporting lines that scope what people see. */
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

  /** The binding of the account with this user name, if any (the newest if several). */
  Optional<AccountBinding> bindingByUsername(String username);
}
