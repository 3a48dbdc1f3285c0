package io.linchpin.web.security;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** RFC 9457 problem answers written outside JAX-RS (filters). */
final class Problems {

  private Problems() {}

  static void unauthorized(HttpServletResponse response, String detail) throws IOException {
    response.setHeader("WWW-Authenticate", "Bearer realm=\"linchpin\"");
    write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
  }

  static void forbidden(HttpServletResponse response, String detail) throws IOException {
    write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", detail);
  }

  static void methodNotAllowed(HttpServletResponse response, String detail) throws IOException {
    write(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method not allowed", detail);
  }

  static void tooMany(HttpServletResponse response, String detail) throws IOException {
    write(response, 429, "Too many requests", detail, "body");
  }

  private static void write(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    write(response, status, title, detail, null);
  }

  private static void write(
      HttpServletResponse response, int status, String title, String detail, String field)
      throws IOException {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", title)
            .add("status", status)
            .add("detail", detail);
    if (field != null) {
      body.add(
          "errors",
          Json.createArrayBuilder()
              .add(Json.createObjectBuilder().add("field", field).add("message", detail)));
    }
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(body.build().toString());
  }
}
