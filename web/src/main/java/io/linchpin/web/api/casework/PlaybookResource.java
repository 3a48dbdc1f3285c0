package io.linchpin.web.api.casework;

import io.linchpin.casework.application.CaseSettings;
import io.linchpin.casework.application.CaseSettings.SlaView;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Playbook settings per case type: the SLA of each step and of the whole case. */
@Path("playbooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
public class PlaybookResource {

  @EJB CaseSettings settings;

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
