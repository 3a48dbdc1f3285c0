package io.linchpin.web.api.casework;

import io.linchpin.casework.application.CaseFiles;
import io.linchpin.casework.application.CaseFiles.CaseFileView;
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

/** Files on a case: upload (body: the file), list, download (audited). */
@Path("cases/{id}/attachments")
@RequestScoped
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.LEGAL, Roles.BUSINESS_HEAD, Roles.LINE_MANAGER})
public class CaseFileResource {

  @EJB CaseFiles files;

  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response upload(
      @PathParam("id") long caseId, @QueryParam("fileName") String fileName, InputStream content) {
    CaseFileView stored = files.attach(caseId, fileName, content);
    return Response.created(uri.getAbsolutePathBuilder().path(stored.id()).build())
        .entity(stored)
        .build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<CaseFileView> list(@PathParam("id") long caseId) {
    return files.list(caseId);
  }

  @GET
  @Path("{attachmentId}")
  public Response download(
      @PathParam("id") long caseId, @PathParam("attachmentId") String attachmentId) {
    CaseFiles.Download file = files.download(caseId, attachmentId);
    return Downloads.file(file.content(), file.file().fileName(), file.file().contentType());
  }
}
