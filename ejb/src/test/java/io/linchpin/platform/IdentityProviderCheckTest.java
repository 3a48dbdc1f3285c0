package io.linchpin.platform;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The start-up check of the identity provider, against a small local HTTP server. */
class IdentityProviderCheckTest {

  private HttpServer server;
  private String base;
  private volatile String issuer;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/realms/linchpin/.well-known/openid-configuration",
        exchange -> {
          byte[] body =
              ("{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"x\"}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    issuer = base + "/realms/linchpin";
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void theIssuerItselfPasses() {
    assertNull(IdentityProviderCheck.check(base + "/realms/linchpin"));
  }

  @Test
  void aWrongRealmIsNamed() {
    String problem = IdentityProviderCheck.check(base + "/realms/other");
    assertTrue(problem.contains("404") && problem.contains("realm"), problem);
  }

  @Test
  void anUnreachableProviderIsNamed() {
    String problem = IdentityProviderCheck.check("http://127.0.0.1:1/realms/linchpin");
    assertTrue(problem.contains("cannot be reached"), problem);
  }

  @Test
  void aProviderThatCallsItselfSomethingElseIsRefused() {
    issuer = "https://sso.example.internal/realms/linchpin";
    String problem = IdentityProviderCheck.check(base + "/realms/linchpin");
    assertTrue(
        problem.contains("calls itself 'https://sso.example.internal/realms/linchpin'"), problem);
  }

  @Test
  void somethingThatIsNotAUrlIsRefused() {
    assertTrue(IdentityProviderCheck.check("sso.example.internal").contains("not"));
  }
}
