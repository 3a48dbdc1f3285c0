package io.linchpin.people.application.internal;

import io.linchpin.people.application.AccountDirectory;
import io.linchpin.people.application.AccountRef;
import io.linchpin.people.domain.AccessRepository;
import io.linchpin.people.domain.AccountBinding;
import io.linchpin.people.domain.Employee;
import io.linchpin.people.domain.EmployeeRepository;
import io.linchpin.people.domain.KnownAccount;
import io.linchpin.people.domain.OrgUnit;
import io.linchpin.people.domain.PartnerAssignment;
import io.linchpin.shared.Roles;
import io.linchpin.shared.SignedInCaller;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
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
 * Records the accounts as they sign in and looks them, their addresses and partners up; used by the
 * system, not exposed.
 */
@Stateless
@PermitAll
public class DefaultAccountDirectory implements AccountDirectory {

  @Resource SessionContext session;
  @Inject SignedInCaller caller;
  @Inject AccessRepository access;
  @Inject EmployeeRepository employees;
  @EJB AccountRecorder recorder;
  @EJB KnownAccountCache cache;
  @EJB AccessScopes scopes;

  @Override
  public Optional<AccountRef> signedIn() {
    Optional<SignedInCaller.Account> signedIn = caller.account();
    if (signedIn.isEmpty()) {
      return Optional.empty();
    }
    SignedInCaller.Account account = signedIn.get();
    String username = account.username() == null ? account.subject() : account.username();
    List<String> roles = Roles.ALL.stream().filter(session::isCallerInRole).toList();
    KnownAccountCache.Key key = new KnownAccountCache.Key(account.issuer(), account.subject());
    Long id = cache.current(key, username, roles);
    if (id == null) {
      try {
        id = recorder.record(account.issuer(), account.subject(), username, roles);
      } catch (EJBException raced) {
        // Another request of the same account recorded it a moment ago.
        id =
            access
                .knownAccount(account.issuer(), account.subject())
                .map(KnownAccount::getId)
                .orElseThrow(() -> raced);
      }
      cache.put(key, id, username, roles);
    }
    return Optional.of(new AccountRef(id, username));
  }

  @Override
  public Optional<AccountRef> named(String username) {
    return access.knownAccountNamed(username).map(k -> new AccountRef(k.getId(), k.getUsername()));
  }

  @Override
  public Map<Long, String> usernames(Collection<Long> accountIds) {
    Map<Long, String> names = new HashMap<>();
    for (KnownAccount k : access.knownAccounts(Set.copyOf(accountIds))) {
      names.put(k.getId(), k.getUsername());
    }
    return names;
  }

  @Override
  public Optional<String> refusalToWork(long accountId, Collection<String> roles, long employeeId) {
    Optional<KnownAccount> known = access.knownAccount(accountId);
    if (known.isEmpty()) {
      return Optional.of("the account has never signed in to Linchpin");
    }
    KnownAccount k = known.get();
    Set<String> held = Set.copyOf(k.roles());
    if (roles.stream().noneMatch(held::contains)) {
      return Optional.of(k.getUsername() + " holds none of the roles " + String.join(", ", roles));
    }
    Optional<Employee> self =
        access.binding(k.getIssuer(), k.getSubject()).map(AccountBinding::getEmployee);
    if (self.isPresent() && self.get().getId() == employeeId) {
      return Optional.of(k.getUsername() + " is the person the record is about");
    }
    if (self.flatMap(DefaultAccountStanding::ended).isPresent()) {
      return Optional.of(k.getUsername() + " stands for an employment that has ended");
    }
    Optional<Employee> employee = employees.find(employeeId);
    boolean sees =
        employee.isPresent()
            && employee.get().visibleTo(scopes.visibilityOf(held::contains, () -> self));
    return sees
        ? Optional.empty()
        : Optional.of(k.getUsername() + "'s scope does not cover the employee");
  }

  @Override
  public Optional<String> emailOf(long accountId) {
    return access
        .knownAccount(accountId)
        .flatMap(k -> access.binding(k.getIssuer(), k.getSubject()))
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
