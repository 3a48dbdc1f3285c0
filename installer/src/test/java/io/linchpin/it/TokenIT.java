package io.linchpin.it;

import static io.linchpin.it.LinchpinDeployment.BASE;
import static io.linchpin.it.LinchpinDeployment.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Only tokens Keycloak issued for Linchpin, still valid, are accepted. This is the one place where
 * tokens are made by hand: to prove that forged, expired, foreign-audience and foreign-issuer
 * tokens are refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TokenIT {

  private static final String PROBE = "/api/v1/me";
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return LinchpinDeployment.ear();
  }

  /**
   * Defect 13: the API description answers only where the API reference says: {@code /openapi}
   * (YAML, or JSON with {@code ?format=JSON}) on the public port, to anyone, holding no data; not
   * under other names, not under the API's own path, not on the management port.
   */
  @Test
  void theApiDescriptionAnswersOnlyWhereTheReferenceSays() {
    Api anyone = Api.anonymous(BASE);
    Api.Reply yaml = anyone.get("/openapi");
    assertEquals(200, yaml.status(), yaml.body());
    assertTrue(yaml.contentType().startsWith("application/yaml"), yaml.contentType());
    assertTrue(yaml.body().contains("/api/v1/employees"), "it describes the API");
    Api.Reply json = anyone.get("/openapi?format=JSON");
    assertEquals(200, json.status());
    assertTrue(json.json().get("paths").size() > 50, "every path is described");
    for (String elsewhere :
        new String[] {"/openapi.json", "/openapi.yaml", "/api/openapi", "/api/v1/openapi"}) {
      Api.Reply there = anyone.get(elsewhere);
      // not found, or a path of the application that wants a sign-in: either way no description
      assertTrue(there.status() == 404 || there.status() == 401, elsewhere + ": " + there.status());
      assertFalse(there.body().contains("/api/v1/employees"), elsewhere + " describes the API");
    }
    String management = "http://127.0.0.1:" + System.getProperty("management.port", "19990");
    Api.Reply onManagement = Api.anonymous(management).get("/openapi");
    assertTrue(onManagement.status() >= 400, "not on management: " + onManagement.status());
    assertFalse(onManagement.body().contains("/api/v1/employees"), "not on management");
  }

  @Test
  void aRealTokenIsAccepted() {
    Api.Reply reply = Api.withToken(BASE, Tokens.of("auditor")).get(PROBE);
    assertEquals(200, reply.status(), reply.body());
    assertEquals("auditor", reply.json().get("username").asText());
  }

  @Test
  void aTokenWhoseClaimsWereChangedIsRefused() throws Exception {
    String[] parts = Tokens.of("employee").split("\\.");
    ObjectNode claims = claims(parts);
    ((ObjectNode) claims.get("realm_access")).set("roles", KeycloakServer.array("hr-admin"));
    String forged = parts[0] + "." + encode(claims) + "." + parts[2];
    assertRefused(forged);
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
    String[] parts = Tokens.of("employee").split("\\.");
    ObjectNode claims = claims(parts);
    ((ObjectNode) claims.get("realm_access")).set("roles", KeycloakServer.array("hr-admin"));
    var keys = KeyPairGenerator.getInstance("RSA");
    keys.initialize(2048);
    var pair = keys.generateKeyPair();
    String signingInput = parts[0] + "." + encode(claims);
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initSign(pair.getPrivate());
    rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
    assertRefused(signingInput + "." + B64.encodeToString(rsa.sign()));
  }

  @Test
  void anUnsignedTokenIsRefused() throws Exception {
    String[] parts = Tokens.of("employee").split("\\.");
    String header =
        B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    assertRefused(header + "." + parts[1] + ".");
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    ObjectNode claims = claims(Tokens.of("employee").split("\\."));
    long exp = claims.get("exp").asLong();
    assertTrue(exp > Instant.now().getEpochSecond(), "a fresh token");
    // A token Keycloak issued with a lifetime of a few seconds, used after it ran out.
    String shortLived = KeycloakAdmin.get().shortLivedToken("employee", 3);
    assertEquals(200, Api.withToken(BASE, shortLived).get(PROBE).status());
    Thread.sleep(5_000);
    assertRefused(shortLived);
  }

  @Test
  void aTokenForAnotherAudienceIsRefused() {
    String foreign = Tokens.withoutAudience("auditor");
    ObjectNode claims = claims(foreign.split("\\."));
    assertFalse(claims.path("aud").toString().contains("\"linchpin\""), claims.toString());
    assertRefused(foreign);
  }

  @Test
  void aTokenFromAnotherIssuerIsRefused() {
    String master = KeycloakAdmin.get().masterRealmToken();
    assertNotEquals(
        System.getProperty("linchpin.oidc.provider-url"),
        claims(master.split("\\.")).get("iss").asText());
    assertRefused(master);
  }

  @Test
  void aUserDisabledInKeycloakGetsNoNewToken() {
    String user = "disabled-" + unique("").toLowerCase(Locale.ROOT);
    KeycloakAdmin.get().createUser(user, null, "auditor");
    assertEquals(200, Api.as(BASE, user).get(PROBE).status());
    KeycloakAdmin.get().setEnabled(user, false);
    HttpResponse<String> refused = Tokens.tryPassword(KeycloakServer.TEST_CLIENT, user);
    assertEquals(400, refused.statusCode(), refused.body());
  }

  @Test
  void aPortalSessionCookieDoesNotAuthoriseApiCalls() {
    Api.Reply reply = Api.anonymous(BASE).get("/api/v1/me");
    assertEquals(401, reply.status());
  }

  /** The claims of a token split at its dots. */
  private static ObjectNode claims(String[] parts) {
    return (ObjectNode)
        KeycloakServer.parse(new String(DECODE.decode(parts[1]), StandardCharsets.UTF_8));
  }

  private static String encode(ObjectNode claims) {
    return B64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void assertRefused(String token) {
    Api.Reply reply = Api.withToken(BASE, token).get(PROBE);
    assertEquals(401, reply.status(), "a bad token must be refused: " + reply.body());
    assertFalse(reply.body().contains("\"username\""), reply.body());
  }
}
