package io.linchpin.web.security;

import io.undertow.server.HttpHandler;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.CanonicalPathUtils;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;

/**
 * Makes the sign-in answer an API call without a token with {@code 401}, as the API reference says,
 * instead of redirecting it to the sign-in page. The sign-in mechanism tells API calls from
 * browsers by their headers, and a client that accepts anything ({@code Accept: *}{@code /*}) looks
 * like a browser; so every request whose path, decoded and with its dot segments resolved, lies
 * under {@code /api} is marked as a script's request before the mechanism sees it. Browsers never
 * navigate to the API, so nobody loses a sign-in page.
 */
public class ApiChallenge implements ServletExtension {

  static final HttpString REQUESTED_WITH = new HttpString("X-Requested-With");

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
    deployment.addInitialHandlerChainWrapper(
        next ->
            (HttpHandler)
                exchange -> {
                  if (isApi(exchange.getRelativePath())) {
                    exchange.getRequestHeaders().put(REQUESTED_WITH, "XMLHttpRequest");
                  }
                  next.handleRequest(exchange);
                });
  }

  /** Whether a path within the application, as the server will route it, names the API. */
  static boolean isApi(String relativePath) {
    if (relativePath == null) {
      return false;
    }
    String path = CanonicalPathUtils.canonicalize(relativePath);
    int matrix = path.indexOf(';');
    if (matrix >= 0) {
      path = path.substring(0, matrix);
    }
    return path.equals("/api") || path.startsWith("/api/");
  }
}
