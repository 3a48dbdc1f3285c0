package io.linchpin.web.api.monitoring;

import io.linchpin.monitoring.application.AlertService;
import io.linchpin.monitoring.application.AlertService.ScanView;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Scans: run on demand (they also run every night); follow one until it is COMPLETED. */
@Path("monitoring/scans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.HR_ADMIN)
public class ScanResource {

  @EJB AlertService alerts;

  @Context UriInfo uri;

  @POST
  public Response start() {
    ScanView scan = alerts.startScan();
    return Response.accepted(scan)
        .location(uri.getAbsolutePathBuilder().path(Long.toString(scan.id())).build())
        .build();
  }

  @GET
  public List<ScanView> list() {
    return alerts.scans();
  }

  @GET
  @Path("{id}")
  public ScanView get(@PathParam("id") long id) {
    return alerts.scan(id);
  }
}
