package io.linchpin.it;

import static io.linchpin.it.KeycloakServer.HTTP;
import static io.linchpin.it.KeycloakServer.JSON;
import static io.linchpin.it.KeycloakServer.REALM;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The Keycloak admin REST API, for test set-up: clients, users, their roles and attributes. */
final class KeycloakAdmin {

  private final String base;
  private final String password;

  private KeycloakAdmin(String base, String password) {
    this.base = base;
    this.password = password;
  }

  /** The test run's Keycloak. */
  static KeycloakAdmin get() {
    if (System.getProperty("keycloak.url") == null) {
      throw new IllegalStateException("the test Keycloak is not running");
    }
    return at(System.getProperty("keycloak.url"), System.getProperty("keycloak.admin.password"));
  }

  /** Another Keycloak (the demo's), by its base URL and the password of its {@code admin}. */
  static KeycloakAdmin at(String base, String adminPassword) {
    return new KeycloakAdmin(base, adminPassword);
  }

  void openPortalTo(List<String> portalUrls) {
    JsonNode client = client("linchpin");
    ObjectNode c = (ObjectNode) client;
    ArrayNode redirects = c.putArray("redirectUris");
    ArrayNode origins = c.putArray("webOrigins");
    for (String url : portalUrls) {
      redirects.add(url + "/*");
      origins.add(url);
    }
    ((ObjectNode) c.get("attributes"))
        .put(
            "post.logout.redirect.uris",
            String.join("##", portalUrls.stream().map(u -> u + "/*").toList()));
    send("PUT", "/clients/" + c.get("id").asText(), c, 204);
  }

  void createTestClient(String clientId, boolean linchpinAudience) {
    ObjectNode c = KeycloakServer.object();
    c.put("clientId", clientId);
    c.put("publicClient", true);
    c.put("directAccessGrantsEnabled", true);
    c.put("standardFlowEnabled", false);
    ArrayNode mappers = c.putArray("protocolMappers");
    if (linchpinAudience) {
      ObjectNode aud = mappers.addObject();
      aud.put("name", "linchpin audience");
      aud.put("protocol", "openid-connect");
      aud.put("protocolMapper", "oidc-audience-mapper");
      aud.putObject("config")
          .put("included.client.audience", "linchpin")
          .put("access.token.claim", "true");
    }
    ObjectNode number = mappers.addObject();
    number.put("name", "employee number");
    number.put("protocol", "openid-connect");
    number.put("protocolMapper", "oidc-usermodel-attribute-mapper");
    number
        .putObject("config")
        .put("user.attribute", "employee_number")
        .put("claim.name", "employee_number")
        .put("jsonType.label", "String")
        .put("access.token.claim", "true");
    send("POST", "/clients", c, 201);
  }

  /**
   * Creates a user with password {@value KeycloakServer#CREATED_PASSWORD}, the given realm roles
   * and employee number.
   */
  String createUser(String username, String employeeNumber, String... roles) {
    ObjectNode u = KeycloakServer.object();
    u.put("username", username);
    u.put("enabled", true);
    u.put("emailVerified", true);
    u.put("firstName", "Test");
    u.put("lastName", "User");
    u.put("email", username + "@test.linchpin.io");
    if (employeeNumber != null) {
      u.putObject("attributes").set("employee_number", KeycloakServer.array(employeeNumber));
    }
    ObjectNode credential = u.putArray("credentials").addObject();
    credential.put("type", "password");
    credential.put("value", KeycloakServer.CREATED_PASSWORD);
    credential.put("temporary", false);
    send("POST", "/users", u, 201);
    String id = userId(username);
    ArrayNode mapped = JSON.createArrayNode();
    for (String role : roles) {
      mapped.add(send("GET", "/roles/" + role, null, 200));
    }
    send("POST", "/users/" + id + "/role-mappings/realm", mapped, 204);
    return id;
  }

  /** A token from a client whose access tokens live only {@code seconds}. */
  String shortLivedToken(String username, int seconds) {
    String clientId = "linchpin-short-" + seconds;
    if (send("GET", "/clients?clientId=" + clientId, null, 200).isEmpty()) {
      createTestClient(clientId, true);
      ObjectNode c = (ObjectNode) client(clientId);
      ObjectNode attributes =
          c.get("attributes") instanceof ObjectNode a ? a : c.putObject("attributes");
      attributes.put("access.token.lifespan", Integer.toString(seconds));
      send("PUT", "/clients/" + c.get("id").asText(), c, 204);
    }
    java.net.http.HttpResponse<String> r = Tokens.tryPassword(clientId, username);
    if (r.statusCode() != 200) {
      throw new AssertionError("no short-lived token: " + r.body());
    }
    return KeycloakServer.parse(r.body()).get("access_token").asText();
  }

  /** A token of Keycloak's master realm: another issuer, other keys. */
  String masterRealmToken() {
    try {
      return adminToken();
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  void setEnabled(String username, boolean enabled) {
    String id = userId(username);
    ObjectNode u = (ObjectNode) send("GET", "/users/" + id, null, 200);
    u.put("enabled", enabled);
    send("PUT", "/users/" + id, u, 204);
  }

  /** Deletes the user: the user name is free for a new account with a new subject. */
  void deleteUser(String username) {
    send("DELETE", "/users/" + userId(username), null, 204);
  }

  String userId(String username) {
    JsonNode found =
        send(
            "GET",
            "/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8),
            null,
            200);
    if (found.isEmpty()) {
      throw new AssertionError("no Keycloak user " + username);
    }
    return found.get(0).get("id").asText();
  }

  private JsonNode client(String clientId) {
    JsonNode found = send("GET", "/clients?clientId=" + clientId, null, 200);
    return found.get(0);
  }

  private JsonNode send(String method, String path, JsonNode body, int expected) {
    try {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(base + "/admin/realms/" + REALM + path))
              .timeout(Duration.ofSeconds(20))
              .header("Authorization", "Bearer " + adminToken())
              .header("Content-Type", "application/json");
      b.method(
          method,
          body == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != expected) {
        throw new AssertionError(
            method + " " + path + " answered " + r.statusCode() + ": " + r.body());
      }
      return r.body().isEmpty() ? JSON.nullNode() : KeycloakServer.parse(r.body());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private String adminToken() throws IOException, InterruptedException {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(base + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        KeycloakServer.form(
                            Map.of(
                                "grant_type", "password",
                                "client_id", "admin-cli",
                                "username", "admin",
                                "password", password))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new AssertionError("no admin token: " + r.body());
    }
    return KeycloakServer.parse(r.body()).get("access_token").asText();
  }
}
