package io.linchpin.web.api.screening;

import io.linchpin.screening.application.ConsentService;
import io.linchpin.screening.application.ConsentService.ConsentView;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The signed-in employee's own consents: see them, answer what HR asks. */
@Path("me/consents")
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
public class MyConsentResource {

  @EJB ConsentService consents;

  /** {@code {"give": true}} or {@code {"give": false}}. */
  public record Answer(Boolean give) {}

  @GET
  public List<ConsentView> mine() {
    return consents.mine();
  }

  @POST
  @Path("{consentId}/answer")
  public ConsentView answer(@PathParam("consentId") long consentId, Answer body) {
    if (body == null || body.give() == null) {
      throw new InvalidInputException("give", "is required: true to give consent, false to refuse");
    }
    return consents.answer(consentId, body.give());
  }
}
