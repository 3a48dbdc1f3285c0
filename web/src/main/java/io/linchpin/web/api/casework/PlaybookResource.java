package io.linchpin.web.api.casework;

import io.linchpin.casework.application.CaseSettings;
import io.linchpin.casework.application.CaseSettings.SlaView;
import io.linchpin.casework.application.PlaybookService;
import io.linchpin.casework.domain.PlaybookPolicy;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** Playbooks per case type: their versions, BPMN files and uploads, and the SLA of each step. */
@Path("playbooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
public class PlaybookResource {

  @EJB CaseSettings settings;
  @EJB PlaybookService playbooks;

  @GET
  public List<PlaybookService.PlaybookView> playbooks() {
    return playbooks.playbooks();
  }

  /** The newest version as a BPMN 2.0 file, to open in any BPMN modeler. */
  @GET
  @Path("{type}/bpmn")
  @Produces(MediaType.APPLICATION_XML)
  public Response bpmn(@PathParam("type") String type) {
    return Response.ok(playbooks.latestBpmn(type))
        .header("Content-Disposition", "attachment; filename=\"" + type + ".bpmn20.xml\"")
        .build();
  }

  /**
   * Body: the BPMN file. {@code 201} with the new version, or {@code 400} with every reason. With
   * {@code ?dryRun=true} nothing is deployed: {@code 200 {"deployable": true}} or the same {@code
   * 400}.
   */
  @POST
  @Path("{type}/versions")
  @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_OCTET_STREAM})
  @RolesAllowed(Roles.HR_ADMIN)
  public Response upload(
      @PathParam("type") String type, @QueryParam("dryRun") boolean dryRun, InputStream body)
      throws IOException {
    byte[] bpmn = body.readNBytes(PlaybookPolicy.MAX_SIZE + 1);
    if (dryRun) {
      playbooks.check(type, bpmn);
      return Response.ok(Map.of("deployable", true)).build();
    }
    return Response.status(Response.Status.CREATED).entity(playbooks.upload(type, bpmn)).build();
  }

  @GET
  @Path("{type}/slas")
  public List<SlaView> slas(@PathParam("type") String type) {
    return settings.slas(type);
  }

  /** {@code [{"step": "legalAssessment", "sla": "PT16H", "remindBefore": "PT4H"}]}. */
  @PUT
  @Path("{type}/slas")
  @RolesAllowed(Roles.HR_ADMIN)
  public List<SlaView> changeSlas(@PathParam("type") String type, List<SlaView> changes) {
    return settings.changeSlas(type, changes);
  }
}
