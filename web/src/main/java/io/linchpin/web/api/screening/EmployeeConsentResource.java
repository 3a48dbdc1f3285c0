package io.linchpin.web.api.screening;

import io.linchpin.screening.application.ConsentService;
import io.linchpin.screening.application.ConsentService.ConsentView;
import io.linchpin.screening.application.ConsentService.RecordSignedForm;
import io.linchpin.screening.application.ConsentService.RequestConsent;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** A person's consents to external checks, as HR asks for and records them. */
@Path("employees/{id}/consents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
public class EmployeeConsentResource {

  @EJB ConsentService consents;

  @Context UriInfo uri;

  @GET
  public List<ConsentView> list(@PathParam("id") long id) {
    return consents.consents(id);
  }

  /** Asks the person; they answer in the portal ({@code /me/consents}). */
  @POST
  public Response request(@PathParam("id") long id, RequestConsent request) {
    return created(consents.request(id, request));
  }

  /** Records a consent signed on paper, whose scan is one of the person's attachments. */
  @POST
  @Path("signed-forms")
  public Response signedForm(@PathParam("id") long id, RecordSignedForm form) {
    return created(consents.recordSignedForm(id, form));
  }

  private Response created(ConsentView view) {
    return Response.created(
            uri.getBaseUriBuilder().path("consents").path(Long.toString(view.id())).build())
        .entity(view)
        .build();
  }
}
