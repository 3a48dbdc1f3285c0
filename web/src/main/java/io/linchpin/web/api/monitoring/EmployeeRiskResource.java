package io.linchpin.web.api.monitoring;

import io.linchpin.monitoring.application.AlertService;
import io.linchpin.monitoring.application.AlertService.RiskView;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A person's risk score, explained, and its trend. */
@Path("employees/{id}/risk")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.BUSINESS_HEAD})
public class EmployeeRiskResource {

  @EJB AlertService alerts;

  @GET
  public RiskView risk(@PathParam("id") long id) {
    return alerts.risk(id);
  }
}
