package io.linchpin.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens from the test Keycloak, by the password grant, cached until shortly before expiry.
 */
final class Tokens {

  private record Cached(String token, Instant expires) {}

  private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

  private Tokens() {}

  /** A token for the Linchpin audience. */
  static String of(String username) {
    Cached c = CACHE.get(username);
    if (c != null && Instant.now().isBefore(c.expires())) {
      return c.token();
    }
    Map<String, Object> reply = request(KeycloakServer.TEST_CLIENT, username);
    String token = (String) reply.get("access_token");
    int lifetime = ((Number) reply.get("expires_in")).intValue();
    CACHE.put(username, new Cached(token, Instant.now().plusSeconds(Math.max(0, lifetime - 30))));
    return token;
  }

  /** A fresh token issued to a client the Linchpin audience is not added for. */
  static String withoutAudience(String username) {
    return (String) request(KeycloakServer.OTHER_CLIENT, username).get("access_token");
  }

  static void forget(String username) {
    CACHE.remove(username);
  }

  /** The raw token endpoint reply: status and body, for tests that expect a refusal. */
  static HttpResponse<String> tryPassword(String clientId, String username) {
    try {
      return KeycloakServer.HTTP.send(
          HttpRequest.newBuilder(URI.create(tokenEndpoint()))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      KeycloakServer.form(
                          Map.of(
                              "grant_type",
                              "password",
                              "client_id",
                              clientId,
                              "username",
                              username,
                              "password",
                              KeycloakServer.passwordOf(username)))))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> request(String clientId, String username) {
    HttpResponse<String> r = tryPassword(clientId, username);
    if (r.statusCode() != 200) {
      throw new AssertionError("Keycloak refused a token for " + username + ": " + r.body());
    }
    try {
      return KeycloakServer.JSON.readValue(r.body(), Map.class);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static String tokenEndpoint() {
    return System.getProperty("linchpin.oidc.provider-url") + "/protocol/openid-connect/token";
  }
}
