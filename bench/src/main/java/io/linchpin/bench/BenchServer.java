package io.linchpin.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A copy of the unpacked installer, started with {@code bin/linchpin demo} (the bundled Keycloak
 * and the server) on the benchmark ports, and tokens for its demo users from Keycloak through a
 * client with the password grant that the benchmark adds.
 */
final class BenchServer {

  static final int HTTP_PORT = 38080;
  static final int MANAGEMENT_PORT = 39990;
  static final int KEYCLOAK_PORT = 38180;
  static final String BASE = "http://127.0.0.1:" + HTTP_PORT;
  static final String KEYCLOAK = "http://127.0.0.1:" + KEYCLOAK_PORT;
  private static final String CLIENT = "linchpin-bench";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path home;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private boolean clientCreated;

  private BenchServer(Path home) {
    this.home = home;
  }

  /**
   * Copies the installer into {@code work}; {@code sharedH2} lets a second process open the
   * database.
   */
  static BenchServer prepare(Path installer, Path work, String name, boolean sharedH2)
      throws Exception {
    Files.createDirectories(work);
    Path home = work.resolve(name + "-" + System.currentTimeMillis());
    exec(List.of("cp", "-a", installer.toAbsolutePath().toString(), home.toString()));
    Path conf = home.resolve("conf/linchpin.properties");
    String properties =
        Files.readString(conf, StandardCharsets.UTF_8)
            .replace("linchpin.http.port=8080", "linchpin.http.port=" + HTTP_PORT)
            .replace("linchpin.management.port=9990", "linchpin.management.port=" + MANAGEMENT_PORT)
            .replace(
                "linchpin.demo.keycloak.port=8180", "linchpin.demo.keycloak.port=" + KEYCLOAK_PORT);
    if (sharedH2) {
      properties = properties.replace(";DB_CLOSE_ON_EXIT=FALSE", ";AUTO_SERVER=TRUE");
    }
    Files.writeString(conf, properties, StandardCharsets.UTF_8);
    return new BenchServer(home);
  }

  Path home() {
    return home;
  }

  void startDemo() throws Exception {
    run("demo");
  }

  void stop() throws Exception {
    run("stop");
  }

  long serverPid() throws IOException {
    return Long.parseLong(Files.readString(home.resolve("data/run/linchpin.pid")).trim());
  }

  /** A fresh access token for a demo user (password {@code linchpin}). */
  String token(String user) throws Exception {
    if (!clientCreated) {
      createClient();
      clientCreated = true;
    }
    return JSON.readTree(
            post(
                KEYCLOAK + "/realms/linchpin/protocol/openid-connect/token",
                form(
                    Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        CLIENT,
                        "username",
                        user,
                        "password",
                        "linchpin"))))
        .get("access_token")
        .asText();
  }

  /**
   * Runs one phase of a benchmark WAR in the server ({@code POST /<context>/run?phase=<phase>})
   * with the bearer token, and returns what it answered; any other status than 200 fails the run.
   */
  static String runPhase(String token, String context, String phase) throws Exception {
    HttpResponse<String> r =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(BASE + "/" + context + "/run?phase=" + phase))
                    .header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofHours(2))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(phase + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  /** A user of the demo realm with these realm roles (password {@code linchpin}). */
  void createUser(String username, String... roles) throws Exception {
    createEmployeeUser(username, null, roles);
  }

  /**
   * A user of the demo realm with these realm roles, bound to the employee of that number when one
   * is given (password {@code linchpin}).
   */
  void createEmployeeUser(String username, String employeeNumber, String... roles)
      throws Exception {
    if (!clientCreated) {
      createClient();
      clientCreated = true;
    }
    String admin = adminToken();
    String user =
        "{\"username\":\""
            + username
            + "\",\"enabled\":true,\"email\":\""
            + username
            + "@bench.linchpin.io\",\"firstName\":\"Bench\",\"lastName\":\"User\","
            + (employeeNumber == null
                ? ""
                : "\"attributes\":{\"employee_number\":[\"" + employeeNumber + "\"]},")
            + "\"credentials\":[{\"type\":\"password\",\"value\":\"linchpin\",\"temporary\":false}]}";
    HttpResponse<String> created =
        http.send(
            HttpRequest.newBuilder(URI.create(KEYCLOAK + "/admin/realms/linchpin/users"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(user))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (created.statusCode() != 201) {
      throw new IllegalStateException("cannot create " + username + ": " + created.body());
    }
    String location = created.headers().firstValue("Location").orElseThrow();
    List<String> representations = new ArrayList<>();
    for (String role : roles) {
      representations.add(get(KEYCLOAK + "/admin/realms/linchpin/roles/" + role, admin));
    }
    HttpResponse<String> mapped =
        http.send(
            HttpRequest.newBuilder(URI.create(location + "/role-mappings/realm"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "[" + String.join(",", representations) + "]"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (mapped.statusCode() != 204) {
      throw new IllegalStateException("cannot give " + username + " roles: " + mapped.body());
    }
  }

  private String get(String url, String token) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  private String adminToken() throws Exception {
    String adminPassword =
        Files.readString(home.resolve("data/demo/keycloak-admin.password")).trim();
    return JSON.readTree(
            post(
                KEYCLOAK + "/realms/master/protocol/openid-connect/token",
                form(
                    Map.of(
                        "grant_type", "password",
                        "client_id", "admin-cli",
                        "username", "admin",
                        "password", adminPassword))))
        .get("access_token")
        .asText();
  }

  private void createClient() throws Exception {
    String admin = adminToken();
    String client =
        "{\"clientId\":\""
            + CLIENT
            + "\",\"publicClient\":true,\"directAccessGrantsEnabled\":true,"
            + "\"standardFlowEnabled\":false,\"attributes\":{\"access.token.lifespan\":\"3600\"},"
            + "\"protocolMappers\":[{\"name\":\"aud\",\"protocol\":"
            + "\"openid-connect\",\"protocolMapper\":\"oidc-audience-mapper\",\"config\":"
            + "{\"included.client.audience\":\"linchpin\",\"access.token.claim\":\"true\"}},"
            + "{\"name\":\"employee number\",\"protocol\":\"openid-connect\",\"protocolMapper\":"
            + "\"oidc-usermodel-attribute-mapper\",\"config\":{\"user.attribute\":\"employee_number\","
            + "\"claim.name\":\"employee_number\",\"jsonType.label\":\"String\","
            + "\"access.token.claim\":\"true\"}}]}";
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(KEYCLOAK + "/admin/realms/linchpin/clients"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(client))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 201 && r.statusCode() != 409) {
      throw new IllegalStateException("cannot create the benchmark client: " + r.body());
    }
  }

  private String post(String url, String body) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  private static String form(Map<String, String> fields) {
    List<String> parts = new ArrayList<>();
    fields.forEach(
        (k, v) ->
            parts.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return String.join("&", parts);
  }

  private void run(String... command) throws Exception {
    List<String> line = new ArrayList<>();
    line.add(home.resolve("bin/linchpin").toString());
    line.addAll(List.of(command));
    exec(line);
  }

  static void exec(List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("failed: " + command);
    }
  }
}
