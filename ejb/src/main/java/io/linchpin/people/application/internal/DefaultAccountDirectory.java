package io.linchpin.people.application.internal;

import io.linchpin.people.application.AccountDirectory;
import io.linchpin.people.domain.AccessRepository;
import io.linchpin.people.domain.AccountBinding;
import io.linchpin.people.domain.Employee;
import io.linchpin.people.domain.EmployeeRepository;
import io.linchpin.people.domain.OrgUnit;
import io.linchpin.people.domain.PartnerAssignment;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Looks addresses and partners up through the accounts' bindings; used by the system, not exposed.
 */
@Stateless
@PermitAll
public class DefaultAccountDirectory implements AccountDirectory {

  @Inject AccessRepository access;
  @Inject EmployeeRepository employees;

  @Override
  public Optional<String> emailOf(String username) {
    return access
        .bindingByUsername(username)
        .map(AccountBinding::getEmployee)
        .filter(e -> !e.isErased())
        .map(e -> e.getEmail())
        .filter(email -> email != null && !email.isBlank());
  }

  @Override
  public Map<Long, List<Partner>> partnersOf(Collection<Long> employeeIds) {
    Map<Long, List<Partner>> byPerson = new HashMap<>();
    Map<Long, List<Partner>> byUnit = new HashMap<>();
    for (Employee person : employees.findAll(employeeIds)) {
      OrgUnit unit = person.getOrgUnit();
      List<Partner> names = unit == null ? List.of() : partnersOf(unit, byUnit);
      if (!names.isEmpty()) {
        byPerson.put(person.getId(), names);
      }
    }
    return byPerson;
  }

  private List<Partner> partnersOf(OrgUnit unit, Map<Long, List<Partner>> known) {
    List<Partner> kept = known.get(unit.getId());
    if (kept != null) {
      return kept;
    }
    Set<Partner> names = new LinkedHashSet<>();
    for (PartnerAssignment a : access.assignmentsTo(unit)) {
      Employee p = a.getPartner();
      if (!p.isErased()) {
        names.add(new Partner(p.getId(), blankToNull(p.getEmail())));
      }
    }
    if (unit.getParent() != null) {
      names.addAll(partnersOf(unit.getParent(), known));
    }
    List<Partner> found = List.copyOf(names);
    known.put(unit.getId(), found);
    return found;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
