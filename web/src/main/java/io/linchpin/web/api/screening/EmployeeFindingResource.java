package io.linchpin.web.api.screening;

import io.linchpin.screening.application.ScreeningService;
import io.linchpin.screening.application.ScreeningService.FindingView;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** What external checks found about a person; every read is audited with its purpose. */
@Path("employees/{id}/findings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
public class EmployeeFindingResource {

  @EJB ScreeningService screening;

  @GET
  public List<FindingView> list(@PathParam("id") long id, @QueryParam("purpose") String purpose) {
    return screening.findings(id, purpose);
  }
}
