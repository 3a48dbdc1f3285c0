package io.linchpin.web.security;

import io.linchpin.shared.SignedInCaller;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Runs after the server has verified the caller's token. It hands the token's issuer, subject and
 * employee-number claim to the service layer, refuses API calls that do not carry their own bearer
 * token (so a portal session cookie can never authorise an API call made by another site), and sets
 * the security headers of every answer.
 */
@WebFilter(filterName = "sign-in", urlPatterns = "/*")
public class SignInFilter extends HttpFilter {

  static final String EMPLOYEE_NUMBER_CLAIM = "employee_number";

  private static final String CSP =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
          + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
          + "form-action 'self'; frame-ancestors 'none'";
  private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

  @Inject SignedInCaller caller;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    if (api) {
      response.setHeader("Content-Security-Policy", API_CSP);
    } else if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
      response.setHeader("Content-Security-Policy", CSP);
    }
    Principal principal = request.getUserPrincipal();
    if (principal instanceof OidcPrincipal<?> oidc) {
      if (api && !hasBearer(request)) {
        Problems.unauthorized(
            response,
            "API calls must carry their own bearer token in the Authorization header; a portal"
                + " session does not authorise them");
        return;
      }
      AccessToken token = oidc.getOidcSecurityContext().getToken();
      caller.signedIn(
          new SignedInCaller.Account(
              token.getIssuer(),
              token.getSubject(),
              oidc.getName(),
              token.getClaimValueAsString(EMPLOYEE_NUMBER_CLAIM)));
    }
    chain.doFilter(request, response);
  }

  private static boolean hasBearer(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
  }
}
