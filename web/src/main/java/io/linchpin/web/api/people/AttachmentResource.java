package io.linchpin.web.api.people;

import io.linchpin.people.application.AttachmentService;
import io.linchpin.people.application.AttachmentView;
import io.linchpin.shared.EmployeeId;
import io.linchpin.shared.Roles;
import io.linchpin.web.api.support.Downloads;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
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
import java.io.InputStream;
import java.util.List;

/** Files about an employee: upload as the request body, list, download (audited). */
@Path("employees/{id}/attachments")
@RequestScoped
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
public class AttachmentResource {

  @EJB AttachmentService attachments;

  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.HR_ADMIN)
  public Response upload(
      @PathParam("id") long id, @QueryParam("fileName") String fileName, InputStream content) {
    AttachmentView stored = attachments.upload(EmployeeId.of(id), fileName, content);
    return Response.created(uri.getAbsolutePathBuilder().path(stored.id()).build())
        .entity(stored)
        .build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<AttachmentView> list(@PathParam("id") long id) {
    return attachments.list(EmployeeId.of(id));
  }

  @GET
  @Path("{attachmentId}")
  public Response download(
      @PathParam("id") long id,
      @PathParam("attachmentId") String attachmentId,
      @QueryParam("purpose") String purpose) {
    AttachmentService.Download file =
        attachments.download(EmployeeId.of(id), attachmentId, purpose);
    return Downloads.file(
        file.content(), file.attachment().fileName(), file.attachment().contentType());
  }
}
