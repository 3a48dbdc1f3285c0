package io.linchpin.people.application.internal;

import io.linchpin.people.domain.AccessRepository;
import io.linchpin.people.domain.AccountBinding;
import io.linchpin.people.domain.Employee;
import io.linchpin.people.domain.EmployeeRepository;
import io.linchpin.people.domain.OrgUnit;
import io.linchpin.people.domain.PartnerAssignment;
import io.linchpin.shared.Roles;
import io.linchpin.shared.SignedInCaller;
import io.linchpin.shared.Visibility;
import io.linchpin.shared.Visibility.Grant;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Works out, for the current caller, which people they may see and whose sensitive fields, from
 * their roles and their place in the organisation. This is where object-level scoping lives: every
 * service that returns people asks here, whatever the UI shows.
 *
 * <ul>
 *   <li>{@code hr-admin}: everyone, with sensitive fields;
 *   <li>{@code hr-bp}: the people of the org units assigned to them (with subtrees), with sensitive
 *       fields;
 *   <li>{@code legal}: everyone, without sensitive fields (to place and lift legal holds);
 *   <li>{@code business-head}: their business unit (the unit just below the top of the tree that
 *       holds their own unit), without sensitive fields;
 *   <li>{@code line-manager}: themselves and everyone who reports to them, directly or not, without
 *       sensitive fields;
 *   <li>{@code employee}: their own record, without sensitive fields;
 *   <li>{@code it-admin}, {@code auditor}: no one.
 * </ul>
 *
 * Roles that depend on the caller's own record see no one until the caller's account is bound to an
 * employee record.
 */
@Stateless
@PermitAll
public class AccessScopes {

  private static final Logger LOG = Logger.getLogger(AccessScopes.class.getName());

  /** Deeper reporting lines than this are cut (and logged): they point at a cycle in the data. */
  private static final int MAX_REPORTING_DEPTH = 30;

  @Resource SessionContext session;
  @Inject SignedInCaller caller;
  @Inject AccessRepository access;
  @Inject EmployeeRepository employees;
  @EJB AccountBinder binder;
  @EJB ScopeCache cache;

  public Visibility visibility() {
    if (in(Roles.HR_ADMIN)) {
      return new Visibility(List.of(Grant.everyone(true)));
    }
    Optional<SignedInCaller.Account> account = caller.account();
    if (account.isEmpty()) {
      return workOut();
    }
    ScopeCache.Key key =
        new ScopeCache.Key(
            account.get().issuer(),
            account.get().subject(),
            Roles.ALL.stream().filter(this::in).toList());
    ScopeCache.Entry known = cache.get(key);
    if (known != null) {
      return known.visibility();
    }
    long generation = cache.generation();
    Visibility worked = workOut();
    cache.put(key, worked, generation);
    return worked;
  }

  private Visibility workOut() {
    return visibilityOf(this::in, this::self);
  }

  /**
   * What an account holding these roles and standing for this record may see: the rules above, for
   * the caller or for another account (to check whom a step may be handed to).
   */
  public Visibility visibilityOf(Predicate<String> holds, Supplier<Optional<Employee>> record) {
    if (holds.test(Roles.HR_ADMIN)) {
      return new Visibility(List.of(Grant.everyone(true)));
    }
    List<Grant> grants = new ArrayList<>();
    if (holds.test(Roles.LEGAL)) {
      grants.add(Grant.everyone(false));
    }
    boolean needsSelf =
        holds.test(Roles.HR_BP)
            || holds.test(Roles.BUSINESS_HEAD)
            || holds.test(Roles.LINE_MANAGER)
            || holds.test(Roles.EMPLOYEE);
    if (needsSelf) {
      Optional<Employee> self = record.get();
      if (self.isPresent()) {
        Employee me = self.get();
        if (holds.test(Roles.HR_BP)) {
          grants.add(
              Grant.units(
                  access.assignmentsOf(me).stream()
                      .map(PartnerAssignment::getOrgUnit)
                      .map(OrgUnit::getPath)
                      .toList(),
                  true));
        }
        if (holds.test(Roles.BUSINESS_HEAD) && me.getOrgUnit() != null) {
          grants.add(Grant.units(List.of(businessUnit(me.getOrgUnit().getPath())), false));
        }
        if (holds.test(Roles.LINE_MANAGER)) {
          grants.add(Grant.people(reportingLine(me), false));
        }
        if (holds.test(Roles.EMPLOYEE)) {
          grants.add(Grant.people(Set.of(me.getId()), false));
        }
      }
    }
    return new Visibility(grants);
  }

  /** The employee record the caller's account is bound to, binding it on first use. */
  public Optional<Employee> self() {
    Optional<SignedInCaller.Account> signedIn = caller.account();
    if (signedIn.isEmpty()) {
      return Optional.empty();
    }
    SignedInCaller.Account account = signedIn.get();
    Optional<AccountBinding> bound = access.binding(account.issuer(), account.subject());
    if (bound.isPresent()) {
      return Optional.of(bound.get().getEmployee());
    }
    if (account.employeeNumber() == null || account.employeeNumber().isBlank()) {
      return Optional.empty();
    }
    Optional<Long> id;
    try {
      id = binder.bind(account);
    } catch (EJBException raced) {
      // Another request of the same account bound it a moment ago.
      id = access.binding(account.issuer(), account.subject()).map(b -> b.getEmployee().getId());
    }
    return id.flatMap(employees::find);
  }

  /** The top two levels of a path: the business unit a unit belongs to. */
  static String businessUnit(String path) {
    String[] parts = path.split(OrgUnit.PATH_SEPARATOR, 3);
    return parts.length < 2 ? parts[0] : parts[0] + OrgUnit.PATH_SEPARATOR + parts[1];
  }

  private Set<Long> reportingLine(Employee me) {
    Set<Long> seen = new HashSet<>();
    seen.add(me.getId());
    List<Long> frontier = List.of(me.getId());
    for (int depth = 0; !frontier.isEmpty(); depth++) {
      if (depth == MAX_REPORTING_DEPTH) {
        LOG.warning(
            () ->
                "reporting line of employee "
                    + me.getId()
                    + " is deeper than "
                    + MAX_REPORTING_DEPTH
                    + " levels; check the manager links for a cycle");
        break;
      }
      List<Long> next = new ArrayList<>();
      for (Long id : access.directReports(frontier)) {
        if (seen.add(id)) {
          next.add(id);
        }
      }
      frontier = next;
    }
    return seen;
  }

  private boolean in(String role) {
    return session.isCallerInRole(role);
  }
}
