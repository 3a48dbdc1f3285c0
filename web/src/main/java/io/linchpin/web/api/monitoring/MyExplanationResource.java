package io.linchpin.web.api.monitoring;

import io.linchpin.monitoring.application.ExplanationService;
import io.linchpin.monitoring.application.ExplanationService.ExplanationView;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The signed-in person's requests to have the alerts and risk score Linchpin holds about them
 * explained, with HR's answers.
 */
@Path("me/explanation-requests")
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
public class MyExplanationResource {

  @EJB ExplanationService explanations;

  /** {@code {"question": "…"}}. */
  public record Question(String question) {}

  @GET
  public List<ExplanationView> mine() {
    return explanations.mine();
  }

  @POST
  public Response ask(Question body) {
    ExplanationView asked = explanations.ask(body == null ? null : body.question());
    return Response.status(Response.Status.CREATED).entity(asked).build();
  }
}
