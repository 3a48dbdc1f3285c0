package io.linchpin.web.portal;

import io.linchpin.people.application.AccessService;
import io.linchpin.people.application.EmployeeSearch;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.people.application.EmployeeSummary;
import io.linchpin.people.domain.EmployeeCriteria.SortField;
import io.linchpin.shared.Roles;
import io.linchpin.vault.application.KeyManagement;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;

/** The landing page: who you are, what you can see, and the figures of your role. */
@Named("dashboard")
@RequestScoped
public class DashboardBean {

  private static final Set<String> PEOPLE_LIST_ROLES =
      Set.of(Roles.HR_ADMIN, Roles.HR_BP, Roles.LEGAL, Roles.LINE_MANAGER, Roles.BUSINESS_HEAD);
  private static final Set<String> PEOPLE_ROLES =
      Set.of(
          Roles.HR_ADMIN,
          Roles.HR_BP,
          Roles.LEGAL,
          Roles.LINE_MANAGER,
          Roles.BUSINESS_HEAD,
          Roles.EMPLOYEE);

  @EJB AccessService access;
  @EJB EmployeeService employees;
  @EJB KeyManagement keys;
  @Inject ExternalContext external;

  private AccessService.CallerView me;
  private EmployeeSummary record;
  private KeyManagement.KeyStatus keyStatus;

  @PostConstruct
  void load() {
    me = access.me();
    if (me.employee() != null && seesPeople()) {
      // The list entry, not the full record: the home page shows no sensitive field.
      long self = me.employee().id();
      String number = me.employeeNumber();
      record =
          employees
              .search(
                  new EmployeeSearch(
                      number, null, null, null, null, SortField.EMPLOYEE_NUMBER, false, 0, 10))
              .items()
              .stream()
              .filter(e -> e.id() == self)
              .findFirst()
              .orElse(null);
    }
    if (external.isUserInRole(Roles.IT_ADMIN)) {
      keyStatus = keys.status();
    }
  }

  public AccessService.CallerView getMe() {
    return me;
  }

  public EmployeeSummary getRecord() {
    return record;
  }

  public KeyManagement.KeyStatus getKeyStatus() {
    return keyStatus;
  }

  /** Starts rotating every person's data key, and shows the progress. */
  public void rotateDataKeys() {
    try {
      KeyManagement.DataKeyStatus started = keys.rotateDataKeys();
      FacesErrors.info("home.keys.started", started.due());
    } catch (io.linchpin.shared.LinchpinException e) {
      FacesErrors.show(e);
    }
    keyStatus = keys.status();
  }

  /** When a person's data key was last rotated, in the server's time zone; a dash if never. */
  public String getLastRotated() {
    java.time.Instant at = keyStatus == null ? null : keyStatus.dataKeyRotation().lastRotatedAt();
    return at == null
        ? "—"
        : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(java.time.ZoneId.systemDefault())
            .format(at);
  }

  public long getDataKeysUnderActive() {
    return keyStatus == null
        ? 0
        : keyStatus.dataKeysByKek().getOrDefault(keyStatus.activeKek(), 0L);
  }

  /** The caller holds a role that sees people (their own record at least). */
  public boolean seesPeople() {
    return holdsAny(PEOPLE_ROLES);
  }

  /** The caller holds a role that opens the people list. */
  public boolean seesPeopleList() {
    return holdsAny(PEOPLE_LIST_ROLES);
  }

  private boolean holdsAny(Set<String> roles) {
    return me.roles().stream().anyMatch(roles::contains);
  }

  /** The message key that says what the caller's widest role lets them see. */
  public String getScopeKey() {
    List<String> roles = me.roles();
    if (roles.contains(Roles.HR_ADMIN) || roles.contains(Roles.LEGAL)) {
      return "home.scope.all";
    }
    if (roles.contains(Roles.HR_BP)) {
      return "home.scope.hrbp";
    }
    if (roles.contains(Roles.BUSINESS_HEAD)) {
      return "home.scope.head";
    }
    if (roles.contains(Roles.LINE_MANAGER)) {
      return "home.scope.manager";
    }
    return "home.scope.employee";
  }
}
