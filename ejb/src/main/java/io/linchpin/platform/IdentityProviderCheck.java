package io.linchpin.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks the configured OpenID Connect provider for its discovery document before the server starts,
 * so that an unreachable Keycloak, a wrong realm or a provider URL that is not the token issuer is
 * reported in one line at start instead of as a broken login page later. Used by {@code
 * bin/linchpin}: {@code IdentityProviderCheck <provider-url>}; exit code 8 when the check fails.
 */
public final class IdentityProviderCheck {

  static final int FAILED = 8;
  private static final Pattern ISSUER = Pattern.compile("\"issuer\"\\s*:\\s*\"([^\"]+)\"");

  private IdentityProviderCheck() {}

  public static void main(String[] args) {
    if (args.length != 1 || args[0].isBlank()) {
      System.err.println("linchpin.oidc.provider-url is not set");
      System.exit(2);
    }
    String provider = stripSlash(args[0].trim());
    String problem = check(provider);
    if (problem != null) {
      System.err.println(problem);
      System.exit(FAILED);
    }
  }

  /** Null when the provider answers as the issuer it is configured as; otherwise what is wrong. */
  static String check(String provider) {
    URI discovery;
    try {
      discovery = URI.create(provider + "/.well-known/openid-configuration");
      if (discovery.getScheme() == null || !discovery.getScheme().startsWith("http")) {
        return "linchpin.oidc.provider-url '" + provider + "' is not an http(s) URL";
      }
    } catch (IllegalArgumentException e) {
      return "linchpin.oidc.provider-url '" + provider + "' is not a URL: " + e.getMessage();
    }
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> reply;
    try {
      reply =
          client.send(
              HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(10)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return "the identity provider at "
          + provider
          + " cannot be reached ("
          + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage())
          + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted while asking the identity provider";
    }
    if (reply.statusCode() != 200) {
      return "the identity provider answered "
          + reply.statusCode()
          + " for "
          + discovery
          + "; is the realm in linchpin.oidc.provider-url right?";
    }
    Matcher m = ISSUER.matcher(reply.body());
    if (!m.find()) {
      return discovery + " is not an OpenID Connect discovery document";
    }
    String issuer = stripSlash(m.group(1));
    if (!issuer.equals(provider)) {
      return "the identity provider calls itself '"
          + issuer
          + "', but linchpin.oidc.provider-url is '"
          + provider
          + "'; tokens would be refused. Set linchpin.oidc.provider-url to the issuer";
    }
    return null;
  }

  private static String stripSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
