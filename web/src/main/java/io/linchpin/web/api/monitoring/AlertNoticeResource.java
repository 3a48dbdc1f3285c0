package io.linchpin.web.api.monitoring;

import io.linchpin.monitoring.application.AlertService;
import io.linchpin.monitoring.application.AlertService.NoticeView;
import io.linchpin.shared.Roles;
import io.linchpin.web.api.support.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The caller's notices of new alerts about people in the units they look after, newest first. */
@Path("me/alert-notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
public class AlertNoticeResource {

  @EJB AlertService alerts;

  @GET
  public List<NoticeView> mine(@QueryParam("max") String max) {
    return alerts.notices(Params.intParam("max", max, 50));
  }
}
