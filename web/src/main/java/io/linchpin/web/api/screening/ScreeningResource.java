package io.linchpin.web.api.screening;

import io.linchpin.screening.application.ScreeningService;
import io.linchpin.screening.application.ScreeningService.DropView;
import io.linchpin.screening.application.ScreeningService.SourceView;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** The configured external sources, and the retention sweep. */
@Path("screening")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HR_ADMIN, Roles.IT_ADMIN})
public class ScreeningResource {

  @EJB ScreeningService screening;

  /** Every configured source, its categories and whether it answers now. */
  @GET
  @Path("sources")
  public List<SourceView> sources() {
    return screening.sources();
  }

  /** The latest files taken in from the file-drop inbox, newest first. */
  @GET
  @Path("drops")
  public List<DropView> drops() {
    return screening.drops();
  }

  /** Runs the in-service checks that are due now (they also run every night). */
  @POST
  @Path("in-service-checks")
  @RolesAllowed(Roles.HR_ADMIN)
  public Map<String, Integer> runDueChecks() {
    return Map.of("run", screening.runDueChecks());
  }

  /** Deletes findings past their retention now (it also runs every night). */
  @POST
  @Path("retention-sweep")
  @RolesAllowed(Roles.HR_ADMIN)
  public Map<String, Integer> sweep() {
    return Map.of("deleted", screening.sweepExpired());
  }
}
