package io.linchpin.web.api.support;

import jakarta.json.JsonException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * A body read as JSON-P (the module endpoints take their definitions that way) that is not JSON, or
 * not the JSON value expected, is the client's error: a {@code 400} naming the body, like a body
 * JSON-B cannot read ({@link ProcessingExceptionMapper}); one past the JSON cap is a {@code 413}
 * ({@link JsonBodyLimit}). Any other JSON-P failure is the server's own, answered as an incident.
 */
@Provider
public class JsonExceptionMapper implements ExceptionMapper<JsonException> {

  private static final Logger LOG = Logger.getLogger(JsonExceptionMapper.class.getName());

  @Override
  public Response toResponse(JsonException e) {
    if (e instanceof JsonParsingException || causedBy(e, JsonBodyLimit.TooLarge.class)) {
      return Problems.unreadableBody(e);
    }
    return EjbExceptionMapper.InternalErrors.incident(LOG, e);
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
