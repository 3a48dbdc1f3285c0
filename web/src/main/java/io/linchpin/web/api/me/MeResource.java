package io.linchpin.web.api.me;

import io.linchpin.people.application.AccessService;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The signed-in caller: user name, roles, the employee record they are bound to, their reach. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  Roles.HR_ADMIN,
  Roles.HR_BP,
  Roles.LEGAL,
  Roles.LINE_MANAGER,
  Roles.BUSINESS_HEAD,
  Roles.IT_ADMIN,
  Roles.AUDITOR,
  Roles.EMPLOYEE
})
public class MeResource {

  @EJB AccessService access;

  @GET
  public AccessService.CallerView me() {
    return access.me();
  }
}
