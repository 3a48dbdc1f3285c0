package io.linchpin.web.api.support;

import io.linchpin.shared.FieldViolation;
import jakarta.json.JsonException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Caps every JSON body the API reads at {@link #MAX_BYTES}: a larger declared length is refused
 * before anything is read, and a body without one (chunked) is counted while it is read and refused
 * as soon as it passes the cap, so that no signed-in caller can make the server hold a huge
 * document in memory. Uploads (BPMN, CSV, Excel, files) are not JSON; each of those endpoints
 * declares and enforces its own limit. The answer is a {@code 413} problem naming the body.
 */
@Provider
public class JsonBodyLimit implements ContainerRequestFilter, ReaderInterceptor {

  /** The largest JSON body accepted, in bytes: far above any form or definition Linchpin takes. */
  public static final int MAX_BYTES = 1 << 20;

  @Override
  public void filter(ContainerRequestContext request) {
    if (isJson(request.getMediaType()) && request.getLength() > MAX_BYTES) {
      request.abortWith(tooLarge());
    }
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!isJson(context.getMediaType())) {
      return context.proceed();
    }
    context.setInputStream(new Capped(context.getInputStream()));
    try {
      return context.proceed();
    } catch (JsonException e) {
      // Whatever JSON-P says while reading the caller's body (too short to tell its encoding,
      // not JSON, cut off) is about the body: a 400 naming it, never a server error.
      throw new BadRequestException(e);
    }
  }

  private static boolean isJson(MediaType type) {
    return type != null
        && ("json".equalsIgnoreCase(type.getSubtype())
            || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
  }

  /** The answer to a body past the cap. */
  static Response tooLarge() {
    String detail = "a JSON body may be at most " + MAX_BYTES + " bytes";
    return Problems.of(
        413,
        "body-too-large",
        "The request body is too large",
        detail,
        List.of(new FieldViolation("body", detail)));
  }

  /** Thrown by the counted stream; whoever reports an unreadable body answers it with a 413. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("the JSON body is larger than " + MAX_BYTES + " bytes");
    }
  }

  /** Counts what is read and stops past the cap. */
  private static final class Capped extends FilterInputStream {
    private long read;

    Capped(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws TooLarge {
      read += n;
      if (read > MAX_BYTES) {
        throw new TooLarge();
      }
    }
  }
}
