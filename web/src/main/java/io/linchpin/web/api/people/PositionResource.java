package io.linchpin.web.api.people;

import io.linchpin.people.application.CreatePosition;
import io.linchpin.people.application.OrgStructureService;
import io.linchpin.people.application.PositionView;
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

/** The position catalogue. */
@Path("positions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.LEGAL, Roles.LINE_MANAGER, Roles.BUSINESS_HEAD})
public class PositionResource {

  @EJB OrgStructureService structure;

  @Context UriInfo uri;

  @GET
  public List<PositionView> list() {
    return structure.positions();
  }

  @GET
  @Path("{id}")
  public PositionView get(@PathParam("id") long id) {
    return structure.position(id);
  }

  @POST
  @RolesAllowed(Roles.HR_ADMIN)
  public Response create(CreatePosition command) {
    PositionView created = structure.create(command);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(created)
        .build();
  }
}
