package io.linchpin.web.api.monitoring;

import io.linchpin.monitoring.application.SignalService;
import io.linchpin.monitoring.application.SignalService.Recorded;
import io.linchpin.monitoring.application.SignalService.SignalInput;
import io.linchpin.monitoring.application.SignalService.SignalView;
import io.linchpin.shared.InvalidInputException;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** A person's internal signals per month. */
@Path("employees/{id}/signals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
public class EmployeeSignalResource {

  @EJB SignalService signals;

  /** {@code {"values": [{"series": "TRIP_DAYS", "period": "2026-11", "value": 7}]}}. */
  public record Values(List<SignalInput> values) {}

  @GET
  public List<SignalView> list(
      @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
    return signals.signals(id, from, to);
  }

  /** Records the values, all or none; a month recorded again is replaced. */
  @PUT
  public Recorded record(@PathParam("id") long id, Values body) {
    if (body == null) {
      throw new InvalidInputException("values", "is required");
    }
    return signals.record(id, body.values());
  }
}
