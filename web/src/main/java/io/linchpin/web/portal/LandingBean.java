package io.linchpin.web.portal;

import io.linchpin.shared.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Sends each user to the first page their role opens. */
@Named("landing")
@RequestScoped
public class LandingBean {

  @Inject ExternalContext external;

  public String route() {
    if (external.isUserInRole(Roles.HR_ADMIN) || external.isUserInRole(Roles.HR_BP)) {
      return "/portal/people/employees?faces-redirect=true";
    }
    if (external.isUserInRole(Roles.AUDITOR)) {
      return "/portal/audit/log?faces-redirect=true";
    }
    return null;
  }
}
