package io.linchpin.web.api.monitoring;

import io.linchpin.monitoring.application.DetectorService;
import io.linchpin.monitoring.application.DetectorService.DetectorInput;
import io.linchpin.monitoring.application.DetectorService.DetectorView;
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

/** The detectors and their versions; HR admins change them. */
@Path("detectors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
public class DetectorResource {

  @EJB DetectorService detectors;

  @GET
  public List<DetectorView> list() {
    return detectors.detectors();
  }

  @GET
  @Path("{key}/versions")
  public List<DetectorView> versions(@PathParam("key") String key) {
    return detectors.versions(key);
  }

  /** Creates the detector, or a new version of it when the configuration changed. */
  @PUT
  @Path("{key}")
  @RolesAllowed(Roles.HR_ADMIN)
  public DetectorView save(@PathParam("key") String key, DetectorInput input) {
    return detectors.save(key, input);
  }
}
