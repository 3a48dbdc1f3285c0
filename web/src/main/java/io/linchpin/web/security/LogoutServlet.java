package io.linchpin.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.wildfly.security.http.oidc.OidcSecurityContext;
import org.wildfly.security.http.oidc.RefreshableOidcSecurityContext;

/**
 * Signs the user out of the portal and of the identity provider: the portal session ends here, then
 * the browser goes to the provider's end-session endpoint (with the ID token as hint), which ends
 * the single sign-on session and sends the browser back to the signed-out page at the configured
 * portal URL ({@code linchpin.portal.url}). Only by POST; the way back never comes from the
 * request's Host header.
 */
@WebServlet(name = "logout", urlPatterns = "/logout")
public class LogoutServlet extends HttpServlet {

  /** Where the portal is reached, as configured; never taken from the request's Host header. */
  static final String PORTAL_URL = "linchpin.portal.url";

  /** Signing out changes state: only by POST, so that no link or image elsewhere can do it. */
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Allow", "POST");
    Problems.methodNotAllowed(
        response, "sign out with POST /logout (the portal's sign-out button)");
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    Object context = request.getAttribute(OidcSecurityContext.class.getName());
    String endSession = null;
    String idToken = null;
    String clientId = null;
    if (context instanceof RefreshableOidcSecurityContext oidc
        && oidc.getOidcClientConfiguration() != null) {
      endSession = oidc.getOidcClientConfiguration().getLogoutUrl();
      clientId = oidc.getOidcClientConfiguration().getResourceName();
      idToken = oidc.getIDTokenString();
    }
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      try {
        session.invalidate();
      } catch (IllegalStateException alreadyEnded) {
        // signing out ended it already
      }
    }
    String portal = System.getProperty(PORTAL_URL, "").strip().replaceAll("/+$", "");
    String signedOut = "/signed-out.html";
    response.setHeader("Cache-Control", "no-store");
    if (endSession == null) {
      // A relative address when no portal URL is configured: the browser resolves it, so the
      // Host header the request came with is never written back.
      seeOther(
          response, portal.isEmpty() ? request.getContextPath() + signedOut : portal + signedOut);
      return;
    }
    StringBuilder url = new StringBuilder(endSession);
    url.append(endSession.contains("?") ? '&' : '?');
    if (!portal.isEmpty()) {
      url.append("post_logout_redirect_uri=").append(encode(portal + signedOut)).append('&');
    }
    if (clientId != null) {
      url.append("client_id=").append(encode(clientId)).append('&');
    }
    if (idToken != null) {
      url.append("id_token_hint=").append(encode(idToken)).append('&');
    }
    url.setLength(url.length() - 1);
    continueAt(response, url.toString());
  }

  /**
   * Sends the browser on to the identity provider with a page rather than a redirect: the portal's
   * Content-Security-Policy lets forms post only to Linchpin, and a browser applies that to where a
   * form's answer redirects too.
   */
  private static void continueAt(HttpServletResponse response, String url) throws IOException {
    String href =
        url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"refresh\" content=\"0;url="
                + href
                + "\"><title>Linchpin</title></head><body><p><a id=\"continue-sign-out\" href=\""
                + href
                + "\">正在退出… / Signing out…</a></p></body></html>");
  }

  private static void seeOther(HttpServletResponse response, String location) {
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", location);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
