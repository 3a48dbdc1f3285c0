package io.linchpin.web.api.support;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Gives the runtime's own errors (unknown path, wrong method, unreadable body) the same problem
 * shape as everything else.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Inject Denials denials;

  @Context UriInfo uri;

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if (status == 403) {
      return denials.refused(uri);
    }
    if (e.getCause() instanceof ProcessingException || status == 400) {
      return Problems.unreadableBody(e);
    }
    String detail = e instanceof NotFoundException ? "no such resource" : e.getMessage();
    return Problems.of(
        status,
        "http-" + status,
        e.getResponse().getStatusInfo().getReasonPhrase(),
        detail,
        List.of());
  }
}
