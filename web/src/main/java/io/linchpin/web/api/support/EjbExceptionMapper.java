package io.linchpin.web.api.support;

import io.linchpin.shared.LinchpinException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Unwraps container exceptions: a refused EJB call is a 403, anything unexpected a 500 with an
 * incident id that is logged with the stack trace; the client never sees internals.
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

  private static final Logger LOG = Logger.getLogger(EjbExceptionMapper.class.getName());

  private final LinchpinExceptionMapper domain = new LinchpinExceptionMapper();

  @Inject Denials denials;

  @Context UriInfo uri;

  @Override
  public Response toResponse(EJBException e) {
    if (e instanceof EJBAccessException) {
      return denials.refused(uri);
    }
    Throwable cause = e.getCause();
    while (cause != null) {
      if (cause instanceof LinchpinException linchpin) {
        return domain.toResponse(linchpin);
      }
      cause = cause.getCause();
    }
    return InternalErrors.incident(LOG, e);
  }

  /** Logs unexpected failures under an id the caller can quote to IT. */
  static final class InternalErrors {

    private InternalErrors() {}

    static Response incident(Logger log, Throwable e) {
      String incident = UUID.randomUUID().toString();
      log.log(Level.SEVERE, "Unexpected failure, incident " + incident, e);
      return Problems.of(
          500,
          "internal",
          "Internal error",
          "the server could not complete the request; quote incident " + incident + " to IT",
          List.of());
    }
  }
}
