package io.linchpin.web.api.audit;

import io.linchpin.audit.application.AuditEntryView;
import io.linchpin.audit.application.AuditLog;
import io.linchpin.audit.application.AuditQuery;
import io.linchpin.audit.domain.ChainVerifier.Verification;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.Page;
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
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The audit log, for auditors only. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AUDITOR)
public class AuditResource {

  @EJB AuditLog audit;

  /** Entries, newest first; filters by actor, object, operation and time (ISO instants). */
  @GET
  @Path("entries")
  public Page<AuditEntryView> entries(
      @QueryParam("actor") String actor,
      @QueryParam("objectType") String objectType,
      @QueryParam("objectId") String objectId,
      @QueryParam("operation") String operation,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return audit.search(
        new AuditQuery(
            blankToNull(actor),
            blankToNull(objectType),
            blankToNull(objectId),
            Params.enumParam("operation", operation, AuditOperation.class),
            instant("from", from),
            instant("to", to),
            Params.intParam("page", page, 0),
            Params.intParam("size", size, 50)));
  }

  /** Walks the whole chain; names the first broken entry if there is one. */
  @GET
  @Path("verification")
  public Verification verification() {
    return audit.verify();
  }

  /** The head with its keyed checkpoint: keep it off the server to detect a truncated log later. */
  @GET
  @Path("checkpoint")
  public AuditLog.Checkpoint checkpoint() {
    return audit.checkpoint();
  }

  private static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(name, "must be an instant like 2026-01-31T08:00:00Z");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
