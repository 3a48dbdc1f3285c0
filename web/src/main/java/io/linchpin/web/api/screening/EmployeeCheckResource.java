package io.linchpin.web.api.screening;

import io.linchpin.screening.application.ScreeningService;
import io.linchpin.screening.application.ScreeningService.CheckView;
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
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * External checks of a person. A check without the person's valid consent for the category and
 * purpose is refused ({@code 409}, problem type {@code consent-required}) and on record; a source
 * that does not answer gives {@code 503} and nothing is kept.
 */
@Path("employees/{id}/checks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
public class EmployeeCheckResource {

  @EJB ScreeningService screening;

  /** {@code {"category": "CREDIT_REPORT", "purpose": "IN_SERVICE", "source": "simulator"}}. */
  public record CheckRequest(String category, String purpose, String source) {}

  @POST
  public Response check(@PathParam("id") long id, CheckRequest body) {
    if (body == null) {
      throw new InvalidInputException("body", "is required");
    }
    CheckView done = screening.check(id, body.category(), body.purpose(), body.source());
    return Response.status(Response.Status.CREATED).entity(done).build();
  }

  @GET
  public List<CheckView> list(@PathParam("id") long id) {
    return screening.checks(id);
  }
}
