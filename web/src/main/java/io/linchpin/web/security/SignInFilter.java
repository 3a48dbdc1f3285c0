package io.linchpin.web.security;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.people.application.AccountDirectory;
import io.linchpin.people.application.AccountStanding;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.SignedInCaller;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
          + "form-action 'self'; frame-ancestors 'none'; script-src 'self'";
  private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

  private static final String SIGNED_IN = SignInFilter.class.getName() + ".signedIn";
  private static final int MAX_TOKENS_REMEMBERED = 50_000;

  @Inject SignedInCaller caller;
  @EJB AuditLog audit;
  @EJB AccountStanding standing;
  @EJB AccountDirectory accounts;

  /** Tokens already on record as a sign-in, with their expiry (epoch seconds). */
  private final Map<String, Long> tokensSeen = new ConcurrentHashMap<>();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // The path as the server routes it (decoded, dot segments resolved), never the raw URI: an
    // encoded or dotted spelling of /api/ must not slip past the bearer-token rule.
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    boolean api = ApiChallenge.isApi(path);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    response.setHeader("Content-Security-Policy", api ? API_CSP : CSP);
    // Portal pages get PrimeFaces' policy (the same plus a script nonce) in place of the default.
    HttpServletResponse answer =
        new HttpServletResponseWrapper(response) {
          @Override
          public void addHeader(String name, String value) {
            if ("Content-Security-Policy".equalsIgnoreCase(name)) {
              super.setHeader(name, value);
            } else {
              super.addHeader(name, value);
            }
          }
        };
    Principal principal = request.getUserPrincipal();
    if (principal instanceof OidcPrincipal<?> oidc) {
      if (api && !hasBearer(request)) {
        Problems.unauthorized(
            answer,
            "API calls must carry their own bearer token in the Authorization header; a portal"
                + " session does not authorise them");
        return;
      }
      AccessToken token = oidc.getOidcSecurityContext().getToken();
      recordSignIn(request, token);
      caller.signedIn(
          new SignedInCaller.Account(
              token.getIssuer(),
              token.getSubject(),
              oidc.getName(),
              token.getClaimValueAsString(EMPLOYEE_NUMBER_CLAIM)));
      Optional<String> refused = standing.refusal();
      if (refused.isPresent()) {
        Problems.forbidden(answer, refused.get());
        return;
      }
      // On record with the roles of this sign-in: whom a step may be handed to is read from it.
      accounts.signedIn();
    }
    chain.doFilter(request, answer);
  }

  /**
   * Puts a sign-in on record: once per portal session, and once per bearer token (an API client's
   * token is its sign-in). Refused tokens never get here; Keycloak records failed sign-ins.
   */
  private void recordSignIn(HttpServletRequest request, AccessToken token) {
    String how;
    if (hasBearer(request)) {
      String id = token.getID() != null ? token.getID() : token.getSubject() + token.getIssuedAt();
      long expires = token.getExpiration() == null ? 0 : token.getExpiration();
      if (tokensSeen.putIfAbsent(id, expires) != null) {
        return;
      }
      if (tokensSeen.size() > MAX_TOKENS_REMEMBERED) {
        long now = System.currentTimeMillis() / 1000;
        tokensSeen.values().removeIf(exp -> exp < now);
      }
      how = "api";
    } else {
      HttpSession session = request.getSession(false);
      if (session == null || session.getAttribute(SIGNED_IN) != null) {
        return;
      }
      session.setAttribute(SIGNED_IN, Boolean.TRUE);
      how = "portal";
    }
    audit.recordNow(AuditOperation.LOGIN, "account", token.getSubject(), List.of(), how, "ALLOWED");
  }

  private static boolean hasBearer(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
  }
}
