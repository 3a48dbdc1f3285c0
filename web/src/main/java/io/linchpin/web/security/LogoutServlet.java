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
 * the single sign-on session and sends the browser back to the signed-out page.
 */
@WebServlet(name = "logout", urlPatterns = "/logout")
public class LogoutServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
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
    String back =
        request.getScheme()
            + "://"
            + request.getServerName()
            + ":"
            + request.getServerPort()
            + request.getContextPath()
            + "/signed-out.html";
    response.setHeader("Cache-Control", "no-store");
    if (endSession == null) {
      response.sendRedirect(back);
      return;
    }
    StringBuilder url = new StringBuilder(endSession);
    url.append(endSession.contains("?") ? '&' : '?');
    url.append("post_logout_redirect_uri=").append(encode(back));
    if (clientId != null) {
      url.append("&client_id=").append(encode(clientId));
    }
    if (idToken != null) {
      url.append("&id_token_hint=").append(encode(idToken));
    }
    response.sendRedirect(url.toString());
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    doGet(request, response);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
