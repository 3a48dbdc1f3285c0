package io.linchpin.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the Keycloak the installer ships, once per test run, on a free port on 127.0.0.1, with the
 * realm the installer ships imported. Tests sign in through it: tokens always come from this
 * Keycloak. It adds two test clients next to the shipped ones: {@code linchpin-test} (password
 * grant, tokens for the Linchpin audience) and {@code linchpin-other} (the same without the
 * audience, to prove such tokens are refused).
 */
public class KeycloakServer implements LauncherSessionListener {

  static final String REALM = "linchpin";
  static final String TEST_CLIENT = "linchpin-test";
  static final String OTHER_CLIENT = "linchpin-other";

  /** The demo logins' password (demo/keycloak/linchpin-users-0.json). */
  static final String PASSWORD = "linchpin";

  /** The password of the users tests create: it meets the shipped realm's password policy. */
  static final String CREATED_PASSWORD = "Linchpin-Test-2026";

  private static final java.util.Set<String> DEMO_USERS =
      java.util.Set.of(
          "hr.admin", "hr.bp", "legal", "manager", "head", "it.admin", "auditor", "employee");

  /** The password a user signs in with: the demo's for demo logins, the tests' own otherwise. */
  static String passwordOf(String username) {
    return DEMO_USERS.contains(username) ? PASSWORD : CREATED_PASSWORD;
  }

  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static final List<String> PORTAL_URLS =
      List.of("http://127.0.0.1:18080", "http://127.0.0.1:28080", "http://localhost:18080");

  private Process process;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String home = System.getProperty("keycloak.home");
    if (home == null || System.getProperty("linchpin.oidc.provider-url") != null) {
      return;
    }
    try {
      start(Path.of(home));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (process != null) {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      try {
        process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void start(Path home) throws IOException, InterruptedException {
    Path data = home.resolve("data");
    if (Files.exists(data)) {
      try (Stream<Path> files = Files.walk(data)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(data.resolve("import"));
    Files.copy(
        Path.of(System.getProperty("keycloak.realm")),
        data.resolve("import/linchpin-realm.json"),
        StandardCopyOption.REPLACE_EXISTING);
    Files.copy(
        Path.of(System.getProperty("keycloak.users")),
        data.resolve("import/linchpin-users-0.json"),
        StandardCopyOption.REPLACE_EXISTING);
    Path work = Path.of(System.getProperty("keycloak.work", "target/keycloak-work"));
    Files.createDirectories(work);

    int port = freePort();
    String adminPassword = random();
    String clientSecret = random();
    ProcessBuilder pb =
        new ProcessBuilder(
                "bash",
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--import-realm")
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("keycloak.log").toFile());
    Map<String, String> env = pb.environment();
    env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
    env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
    env.put("LINCHPIN_CLIENT_SECRET", clientSecret);
    env.put("LINCHPIN_PORTAL_URL", PORTAL_URLS.get(0));
    env.put("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx512m");
    process = pb.start();

    String base = "http://127.0.0.1:" + port;
    String issuer = base + "/realms/" + REALM;
    long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Keycloak stopped during start-up; see " + work.resolve("keycloak.log"));
      }
      try {
        if (get(issuer + "/.well-known/openid-configuration", null).statusCode() == 200) {
          break;
        }
      } catch (IOException notYet) {
        // still starting
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Keycloak did not start within 240 s");
      }
      Thread.sleep(500);
    }

    System.setProperty("keycloak.url", base);
    System.setProperty("keycloak.admin.password", adminPassword);
    System.setProperty("linchpin.oidc.provider-url", issuer);
    System.setProperty("linchpin.oidc.client-secret", clientSecret);

    KeycloakAdmin admin = KeycloakAdmin.get();
    admin.openPortalTo(PORTAL_URLS);
    admin.createTestClient(TEST_CLIENT, true);
    admin.createTestClient(OTHER_CLIENT, false);
  }

  static HttpResponse<String> get(String url, String bearer)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  static String form(Map<String, String> fields) {
    List<String> parts = new ArrayList<>();
    fields.forEach(
        (k, v) ->
            parts.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return String.join("&", parts);
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  static ArrayNode array(String... values) {
    ArrayNode a = JSON.createArrayNode();
    for (String v : values) {
      a.add(v);
    }
    return a;
  }

  static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  private static String random() {
    byte[] b = new byte[18];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
