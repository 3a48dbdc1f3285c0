package io.linchpin.web.api.casework;

import io.linchpin.casework.application.CaseParties;
import io.linchpin.casework.application.CaseQuery;
import io.linchpin.casework.application.CaseService;
import io.linchpin.casework.application.CaseSummary;
import io.linchpin.casework.application.CaseView;
import io.linchpin.casework.application.OpenCase;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.Page;
import io.linchpin.shared.Roles;
import io.linchpin.web.api.support.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Cases: intake, the list within the caller's reach, one case with its timeline, notes, parties.
 */
@Path("cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.LEGAL, Roles.BUSINESS_HEAD, Roles.LINE_MANAGER})
public class CaseResource {

  @EJB CaseService cases;
  @EJB CaseParties parties;

  @Context UriInfo uri;

  /** {@code {"type": "DEBT_COLLECTION", "employeeId": 12, "severity": "HIGH", "summary": "…"}}. */
  @POST
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public Response open(OpenCase intake) {
    CaseView opened = cases.open(intake);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(opened.id())).build())
        .entity(opened)
        .build();
  }

  @GET
  public Page<CaseSummary> list(
      @QueryParam("status") String status,
      @QueryParam("type") String type,
      @QueryParam("employeeId") String employeeId,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return cases.search(
        CaseQuery.cases()
            .status(status)
            .type(type)
            .employee(Params.longParam("employeeId", employeeId))
            .page(Params.intParam("page", page, 0), Params.intParam("size", size, 50)));
  }

  @GET
  @Path("{id}")
  public CaseView get(@PathParam("id") long id) {
    return cases.get(id);
  }

  /** {@code {"text": "…"}}. */
  public record NoteRequest(String text) {}

  @POST
  @Path("{id}/notes")
  public Response addNote(@PathParam("id") long id, NoteRequest note) {
    if (note == null) {
      throw new InvalidInputException("body", "is required");
    }
    return Response.status(Response.Status.CREATED).entity(cases.addNote(id, note.text())).build();
  }

  /** The accounts working the case, for whoever may read its details. */
  @GET
  @Path("{id}/parties")
  public List<CaseParties.PartyView> parties(@PathParam("id") long id) {
    return parties.list(id);
  }

  /** {@code {"username": "…"}}: gives the account a part in the case (HR admins). */
  public record GrantRequest(String username) {}

  @POST
  @Path("{id}/parties")
  @RolesAllowed(Roles.HR_ADMIN)
  public Response grant(@PathParam("id") long id, GrantRequest request) {
    if (request == null) {
      throw new InvalidInputException("body", "is required");
    }
    return Response.status(Response.Status.CREATED)
        .entity(parties.grant(id, request.username()))
        .build();
  }

  @DELETE
  @Path("{id}/parties/{accountId}")
  @RolesAllowed(Roles.HR_ADMIN)
  public Response revoke(@PathParam("id") long id, @PathParam("accountId") long accountId) {
    parties.revoke(id, accountId);
    return Response.noContent().build();
  }
}
