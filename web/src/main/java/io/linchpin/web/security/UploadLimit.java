package io.linchpin.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets each account send at most {@link #PER_ACCOUNT} uploads to the API at a time (files, imports,
 * playbooks: any body that is not JSON), so that one signed-in caller cannot tie up the server's
 * memory and threads with many large bodies at once. One more is answered {@code 429} with a
 * problem naming the body; JSON calls are capped in size instead and never wait here.
 */
@WebFilter(filterName = "upload-limit", urlPatterns = "/api/*")
public class UploadLimit extends HttpFilter {

  /** Uploads one account may have in flight. */
  static final int PER_ACCOUNT = 2;

  private final ConcurrentHashMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal caller = request.getUserPrincipal();
    if (caller == null || !isUpload(request)) {
      chain.doFilter(request, response);
      return;
    }
    String account = caller.getName();
    AtomicInteger count = inFlight.computeIfAbsent(account, a -> new AtomicInteger());
    if (count.incrementAndGet() > PER_ACCOUNT) {
      release(account, count);
      response.setHeader("Retry-After", "5");
      Problems.tooMany(
          response,
          "at most "
              + PER_ACCOUNT
              + " uploads of one account at a time; send this one when one"
              + " of them has finished");
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      release(account, count);
    }
  }

  private void release(String account, AtomicInteger count) {
    if (count.decrementAndGet() <= 0) {
      inFlight.remove(account, count);
    }
  }

  private static boolean isUpload(HttpServletRequest request) {
    String method = request.getMethod();
    if (!"POST".equals(method) && !"PUT".equals(method)) {
      return false;
    }
    String type = request.getContentType();
    if (type != null && type.toLowerCase(Locale.ROOT).contains("json")) {
      return false;
    }
    // A body announces itself by its type, its length or chunks (HTTP/2 sends neither of the last
    // two necessarily).
    return type != null
        || request.getContentLengthLong() > 0
        || request.getHeader("Transfer-Encoding") != null;
  }
}
