package io.linchpin.web.api.support;

import io.linchpin.shared.FieldViolation;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds RFC 9457 problem documents; the only place that knows their shape. */
public final class Problems {

  public static final String TYPE_BASE = "https://linchpin.io/problems/";
  public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

  private Problems() {}

  /**
   * A 400 for a body that could not be read, naming the innermost cause (at most 300 chars); a 413
   * when the body was past the JSON cap ({@link JsonBodyLimit}).
   */
  public static Response unreadableBody(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && !(t instanceof JsonBodyLimit.TooLarge)) {
      t = t.getCause();
    }
    if (t instanceof JsonBodyLimit.TooLarge) {
      return JsonBodyLimit.tooLarge();
    }
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    String detail =
        "the body is not valid JSON of the expected shape: "
            + (message.length() > 300 ? message.substring(0, 300) : message);
    return of(
        400,
        "unreadable-body",
        "The request body could not be read",
        detail,
        List.of(new FieldViolation("body", detail)));
  }

  public static Response of(
      int status, String type, String title, String detail, List<FieldViolation> errors) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("type", TYPE_BASE + type)
            .add("title", title)
            .add("status", status);
    if (detail != null) {
      body.add("detail", detail);
    }
    if (errors != null && !errors.isEmpty()) {
      JsonArrayBuilder list = Json.createArrayBuilder();
      errors.forEach(
          e ->
              list.add(
                  Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
      body.add("errors", list);
    }
    return Response.status(status).type(PROBLEM_JSON).entity(body.build().toString()).build();
  }
}
