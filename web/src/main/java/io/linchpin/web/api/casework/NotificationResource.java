package io.linchpin.web.api.casework;

import io.linchpin.casework.application.NotificationView;
import io.linchpin.casework.application.Notifications;
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

/** The caller's notifications about cases, newest first. */
@Path("me/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.LEGAL, Roles.BUSINESS_HEAD, Roles.LINE_MANAGER})
public class NotificationResource {

  @EJB Notifications notifications;

  @GET
  public List<NotificationView> mine(@QueryParam("max") String max) {
    return notifications.mine(Params.intParam("max", max, 50));
  }
}
