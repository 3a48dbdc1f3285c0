package io.linchpin.web.api.support;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.shared.AuditOperation;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Every refused API call is answered the same way and put on record. */
@ApplicationScoped
public class Denials {

  @EJB AuditLog audit;

  public Response refused(UriInfo uri) {
    audit.recordNow(AuditOperation.DENIED, "api", "/" + uri.getPath(), List.of(), null, "DENIED");
    return Problems.of(
        403, "forbidden", "Forbidden", "your role does not allow this operation", List.of());
  }
}
