package io.linchpin.web.api.people;

import io.linchpin.people.application.AccessService;
import io.linchpin.people.application.CreateOrgUnit;
import io.linchpin.people.application.OrgStructureService;
import io.linchpin.people.application.OrgUnitView;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The org-unit tree, flat with parent ids and paths, parents first. */
@Path("org-units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.LEGAL, Roles.LINE_MANAGER, Roles.BUSINESS_HEAD})
public class OrgUnitResource {

  @EJB OrgStructureService structure;
  @EJB AccessService access;

  @Context UriInfo uri;

  @GET
  public List<OrgUnitView> list() {
    return structure.orgUnits();
  }

  @GET
  @Path("{id}")
  public OrgUnitView get(@PathParam("id") long id) {
    return structure.orgUnit(id);
  }

  @POST
  @RolesAllowed(Roles.HR_ADMIN)
  public Response create(CreateOrgUnit command) {
    OrgUnitView created = structure.create(command);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(created)
        .build();
  }

  /** The HR business partners who look after this unit and its subtree. */
  @GET
  @Path("{id}/hr-partners")
  @RolesAllowed(Roles.HR_ADMIN)
  public List<AccessService.PartnerView> partners(@PathParam("id") long id) {
    return access.partners(id);
  }

  @PUT
  @Path("{id}/hr-partners/{employeeId}")
  @RolesAllowed(Roles.HR_ADMIN)
  public AccessService.PartnerView assignPartner(
      @PathParam("id") long id, @PathParam("employeeId") long employeeId) {
    return access.assignPartner(id, employeeId);
  }

  @DELETE
  @Path("{id}/hr-partners/{employeeId}")
  @RolesAllowed(Roles.HR_ADMIN)
  public Response unassignPartner(
      @PathParam("id") long id, @PathParam("employeeId") long employeeId) {
    access.unassignPartner(id, employeeId);
    return Response.noContent().build();
  }
}
