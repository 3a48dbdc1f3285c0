package io.linchpin.web.api.screening;

import io.linchpin.screening.application.ConsentService;
import io.linchpin.screening.application.ConsentService.ConsentView;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Withdrawing a consent: the employee their own (any time, no reason needed), an HR admin on the
 * employee's written instruction (with the reason).
 */
@Path("consents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
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
public class ConsentResource {

  @EJB ConsentService consents;

  /** {@code {"reason": "…"}}; the body may be empty when the employee withdraws their own. */
  public record Withdrawal(String reason) {}

  @POST
  @Path("{consentId}/withdrawal")
  public ConsentView withdraw(@PathParam("consentId") long consentId, Withdrawal body) {
    return consents.withdraw(consentId, body == null ? null : body.reason());
  }
}
