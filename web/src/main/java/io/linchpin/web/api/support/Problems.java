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
