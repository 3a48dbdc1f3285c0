package io.linchpin.web.api.support;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A body that cannot be turned into the expected record is the client's error, not ours. */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

  @Override
  public Response toResponse(ProcessingException e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return Problems.of(
        400,
        "unreadable-body",
        "The request body could not be read",
        "the body is not valid JSON of the expected shape: "
            + (message.length() > 300 ? message.substring(0, 300) : message),
        List.of());
  }
}
