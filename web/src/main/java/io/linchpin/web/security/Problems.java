package io.linchpin.web.security;

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

  private static void write(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\""
                + title
                + "\",\"status\":"
                + status
                + ",\"detail\":\""
                + detail.replace("\"", "'")
                + "\"}");
  }
}
