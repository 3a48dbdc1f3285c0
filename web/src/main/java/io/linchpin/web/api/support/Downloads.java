package io.linchpin.web.api.support;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A stored file as a download: streamed and closed, offered under its (UTF-8) name, never cached,
 * never sniffed into another type.
 */
public final class Downloads {

  private Downloads() {}

  public static Response file(InputStream content, String fileName, String contentType) {
    StreamingOutput body =
        out -> {
          try (InputStream in = content) {
            in.transferTo(out);
          }
        };
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(body, contentType)
        .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
