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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * People's requests for an explanation, answered by HR from the stored evidence: the open ones of
 * the people the caller sees, one with the explanation as it would be answered now, and the answer.
 */
@Path("explanation-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
public class ExplanationResource {

  @EJB ExplanationService explanations;

  /** {@code {"answer": "…"}}. */
  public record Answer(String answer) {}

  @GET
  public List<ExplanationView> open() {
    return explanations.open();
  }

  @GET
  @Path("{id}")
  public ExplanationView get(@PathParam("id") long id) {
    return explanations.request(id);
  }

  @POST
  @Path("{id}/answer")
  public ExplanationView answer(@PathParam("id") long id, Answer body) {
    return explanations.answer(id, body == null ? null : body.answer());
  }
}
