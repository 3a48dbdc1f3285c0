package io.linchpin.web.api.monitoring;

import io.linchpin.monitoring.application.AlertService;
import io.linchpin.monitoring.application.AlertService.AlertView;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Alerts: advisory signs that a person may be in trouble, with their evidence. They ask a person in
 * HR to look; they never act on anyone by themselves.
 */
@Path("alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
public class AlertResource {

  @EJB AlertService alerts;

  /** {@code {"reason": "…"}}. */
  public record Dismissal(String reason) {}

  /** {@code {"type": "DEBT_COLLECTION", "summary": "…"}}. */
  public record CaseRequest(String type, String summary) {}

  @GET
  public List<AlertView> list(@QueryParam("status") String status) {
    return alerts.alerts(status);
  }

  @GET
  @Path("{id}")
  public AlertView get(@PathParam("id") long id) {
    return alerts.alert(id);
  }

  @POST
  @Path("{id}/triage")
  public AlertView triage(@PathParam("id") long id) {
    return alerts.triage(id);
  }

  @POST
  @Path("{id}/dismissal")
  public AlertView dismiss(@PathParam("id") long id, Dismissal body) {
    return alerts.dismiss(id, body == null ? null : body.reason());
  }

  @POST
  @Path("{id}/case")
  public AlertView openCase(@PathParam("id") long id, CaseRequest body) {
    return alerts.openCase(
        id, body == null ? null : body.type(), body == null ? null : body.summary());
  }
}
