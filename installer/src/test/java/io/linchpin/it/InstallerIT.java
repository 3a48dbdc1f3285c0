package io.linchpin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.linchpin.it.Commands.Result;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The unpacked installer as IT gets it: {@code bin/linchpin} starts it, it serves the API and
 * health, it survives being killed in the middle of an import, and it stops. Each test works on its
 * own copy.
 */
class InstallerIT {

  private static final int HTTP_PORT = 28080;
  private static final int MANAGEMENT_PORT = 29990;
  private static final String BASE = "http://127.0.0.1:" + HTTP_PORT;

  private Path home;

  @BeforeEach
  void unpackAFreshCopy() throws Exception {
    Path work = Paths.get(System.getProperty("linchpin.it.work"));
    Files.createDirectories(work);
    home = work.resolve("install-" + System.nanoTime());
    Files.createDirectories(home);
    // The bundled Keycloak is left out: these tests sign in through the test run's Keycloak.
    Result copy =
        run(
            List.of(
                "bash",
                "-c",
                "tar -C \"$0\" --exclude=./keycloak -cf - . | tar -C \"$1\" -xf -",
                System.getProperty("linchpin.installer"),
                home.toString()),
            Map.of());
    assertEquals(0, copy.exit(), copy.output());
    Path conf = home.resolve("conf/linchpin.properties");
    String properties =
        Files.readString(conf, StandardCharsets.UTF_8)
            .replace("linchpin.http.port=8080", "linchpin.http.port=" + HTTP_PORT)
            .replace("linchpin.management.port=9990", "linchpin.management.port=" + MANAGEMENT_PORT)
            .replace("linchpin.java.opts=-Xms512m -Xmx2g", "linchpin.java.opts=-Xms256m -Xmx1g")
            .replace(
                "linchpin.oidc.provider-url=https://sso.example.internal/realms/linchpin",
                "linchpin.oidc.provider-url=" + System.getProperty("linchpin.oidc.provider-url"));
    Files.writeString(conf, properties, StandardCharsets.UTF_8);
    Files.writeString(
        home.resolve("conf/oidc-client.secret"),
        System.getProperty("linchpin.oidc.client-secret") + "\n",
        StandardCharsets.UTF_8);
    Result keys = linchpin("keys", "init");
    assertEquals(0, keys.exit(), keys.output());
  }

  @AfterEach
  void stopWhateverRuns() throws Exception {
    linchpin("stop");
  }

  /** Defect 11: the shipped realm held eight users with the password "linchpin". */
  @Test
  void theProductionRealmShipsWithoutUsersAndWithAPasswordPolicy() throws Exception {
    JsonNode realm = Api.JSON.readTree(home.resolve("conf/keycloak/linchpin-realm.json").toFile());
    assertTrue(!realm.has("users") || realm.get("users").isEmpty(), "no users in production");
    String policy = realm.get("passwordPolicy").asText();
    assertTrue(policy.contains("length(12)") && policy.contains("passwordHistory"), policy);
    String demo =
        Files.readString(
            home.resolve("demo/keycloak/linchpin-users-0.json"), StandardCharsets.UTF_8);
    JsonNode users = Api.JSON.readTree(demo).get("users");
    assertEquals(8, users.size(), "the demo logins, apart");
    assertTrue(!demo.contains("\"value\": \"linchpin\""), "no clear password in the demo file");
  }

  @Test
  void startsServesTheApiAndHealthThenStops() throws Exception {
    Result start = linchpin("start");
    assertEquals(0, start.exit(), start.output());
    assertTrue(start.output().contains("Linchpin is ready: " + BASE + "/"), start.output());

    assertEquals(0, linchpin("status").exit());
    Api.Reply ready = Api.anonymous("http://127.0.0.1:" + MANAGEMENT_PORT).get("/health/ready");
    assertEquals(200, ready.status(), ready.body());
    assertTrue(ready.body().contains("linchpin-database"), ready.body());
    Api.Reply employees = Api.as(BASE, "hr.admin").get("/api/v1/employees");
    assertEquals(200, employees.status(), employees.body());
    assertEquals(401, Api.anonymous(BASE).get("/api/v1/employees").status());
    Api.Reply landing = Api.as(BASE, "hr.admin").get("/");
    assertEquals(200, landing.status(), "the home page");
    assertTrue(landing.body().contains("hr.admin"), landing.body());
    assertEquals(200, Api.as(BASE, "hr.admin").get("/portal/people/employees.xhtml").status());

    Result again = linchpin("start");
    assertEquals(0, again.exit());
    assertTrue(again.output().contains("already running"), again.output());

    Result stop = linchpin("stop");
    assertEquals(0, stop.exit(), stop.output());
    assertEquals(3, linchpin("status").exit());
    assertOwnerOnly(home.resolve("data"));
    assertOwnerOnly(home.resolve("logs"));
  }

  /** Defect 13: what the server writes is the service account's alone, whatever the umask. */
  private static void assertOwnerOnly(Path folder) throws IOException {
    try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
      List<String> open =
          files
              .filter(Files::isRegularFile)
              .filter(
                  f -> {
                    try {
                      return Files.getPosixFilePermissions(f).stream()
                          .anyMatch(
                              p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"));
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .map(Path::toString)
              .toList();
      assertEquals(List.of(), open, "files others may read under " + folder);
    }
  }

  @Test
  void anImportInterruptedByAKilledServerFinishesAfterRestartWithoutDuplicates() throws Exception {
    assertEquals(0, linchpin("start").exit());
    Api admin = Api.as(BASE, "hr.admin");
    String prefix = LinchpinDeployment.unique("K");
    int rows = 40_000;
    StringBuilder csv =
        new StringBuilder("employee_number,full_name,org_unit,hire_date,manager_number\n");
    for (int i = 1; i <= rows; i++) {
      csv.append(prefix)
          .append(i)
          .append(",员工")
          .append(i)
          .append(",事业部/组")
          .append(i % 40)
          .append(",2020-01-01,")
          .append(i > 1 ? prefix + "1" : "")
          .append('\n');
    }
    String location =
        Imports.submit(
            admin, "big.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8), null);
    JsonNode state;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    do {
      Thread.sleep(50);
      state = admin.get(location).json();
    } while (state.get("processedRows").asInt() == 0
        && state.get("status").asText().matches("QUEUED|VALIDATING|IMPORTING")
        && System.nanoTime() < deadline);
    assertEquals("IMPORTING", state.get("status").asText(), "killed while writing: " + state);

    long pid = Long.parseLong(Files.readString(home.resolve("data/run/linchpin.pid")).trim());
    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());

    Result restart = linchpin("start");
    assertEquals(0, restart.exit(), restart.output());
    JsonNode done = Imports.await(admin, location);
    assertEquals("COMPLETED", done.get("status").asText(), done.toString());
    assertEquals(rows, done.get("totalRows").asInt());
    JsonNode list = admin.get("/api/v1/employees?q=" + prefix + "&size=1").json();
    assertEquals(rows, list.get("total").asInt(), "every row once, none twice");
  }

  @Test
  void aScanKilledWithTheServerResumesAfterRestartWithoutDuplicateAlerts() throws Exception {
    assertEquals(0, linchpin("start").exit());
    Api admin = Api.as(BASE, "hr.admin");
    String prefix = LinchpinDeployment.unique("S");
    int people = 5_000;
    StringBuilder staff = new StringBuilder("employee_number,full_name,org_unit,hire_date\n");
    StringBuilder trips = new StringBuilder("employeeNumber,period,tripDays\n");
    java.time.YearMonth last = java.time.YearMonth.now().minusMonths(1);
    for (int i = 1; i <= people; i++) {
      staff.append(prefix).append(i).append(",员工").append(i).append(",事业部,2020-01-01\n");
      for (int m = 0; m < 9; m++) {
        trips
            .append(prefix)
            .append(i)
            .append(',')
            .append(last.minusMonths(m))
            .append(',')
            .append(m < 3 ? 7 : 5)
            .append('\n');
      }
    }
    JsonNode hired =
        Imports.await(
            admin,
            Imports.submit(
                admin,
                "staff.csv",
                "text/csv",
                staff.toString().getBytes(StandardCharsets.UTF_8),
                null));
    assertEquals("COMPLETED", hired.get("status").asText(), hired.toString());
    // The new signals start a scan by themselves: everyone's trips rose 40%.
    JsonNode imported =
        Imports.await(
            admin,
            Imports.submitTo(
                admin, "signals", "trips.csv", trips.toString().getBytes(StandardCharsets.UTF_8)));
    assertEquals("COMPLETED", imported.get("status").asText(), imported.toString());
    JsonNode scan = null;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (scan == null && System.nanoTime() < deadline) {
      for (JsonNode s : admin.get("/api/v1/monitoring/scans").json()) {
        if (s.get("status").asText().equals("RUNNING") && s.get("people").asInt() > 0) {
          scan = s;
        }
      }
      Thread.sleep(20);
    }
    assertTrue(scan != null, "a scan running with some people done");

    long pid = Long.parseLong(Files.readString(home.resolve("data/run/linchpin.pid")).trim());
    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
    assertTrue(scan.get("people").asInt() < people, "killed half-way: " + scan);

    Result restart = linchpin("start");
    assertEquals(0, restart.exit(), restart.output());
    JsonNode done = Scans.await(admin, scan.get("id").asLong());
    assertEquals(2, done.get("attempts").asInt(), done.toString());
    assertEquals(people, done.get("people").asInt(), "everyone once: " + done);
    assertEquals(people, done.get("raised").asInt(), "one alert each: " + done);
    assertEquals(0, done.get("merged").asInt(), "no group done twice: " + done);
  }

  @Test
  void sensitiveValuesNeverReachTheDiskInClear() throws Exception {
    assertEquals(0, linchpin("start").exit());
    Api admin = Api.as(BASE, "hr.admin");
    String apiId = Imports.residentId();
    String importedId = Imports.residentId();
    String bankAccount = "62220202" + (System.nanoTime() % 100_000_000_000L);
    String number = LinchpinDeployment.unique("S");
    Map<String, Object> hire = new HashMap<>();
    hire.put("employeeNumber", number);
    hire.put("fullName", "保密测试");
    hire.put("hireDate", "2021-04-01");
    hire.put("nationalId", apiId);
    hire.put("bankAccount", bankAccount);
    hire.put("baseSalary", 23456.78);
    Api.Reply hired = admin.post("/api/v1/employees", hire);
    assertEquals(201, hired.status(), hired.body());
    long id = hired.json().get("id").asLong();
    String csv =
        "工号,姓名,入职日期,身份证号,基本工资\n"
            + LinchpinDeployment.unique("S")
            + ",导入测试,2020-01-01,"
            + importedId
            + ",34567.89\n";
    JsonNode imported =
        Imports.await(
            admin,
            Imports.submit(admin, "s.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8), null));
    assertEquals("COMPLETED", imported.get("status").asText(), imported.toString());

    JsonNode details = admin.get("/api/v1/employees/" + id).json();
    assertEquals(apiId, details.get("nationalId").asText(), "HR reads the values back in clear");
    assertEquals(bankAccount, details.get("bankAccount").asText());
    assertEquals(
        1,
        admin
            .post("/api/v1/employees/search", Map.of("nationalId", apiId))
            .json()
            .get("total")
            .asInt());
    assertEquals(
        1,
        admin
            .post("/api/v1/employees/search", Map.of("nationalId", importedId))
            .json()
            .get("total")
            .asInt());

    assertEquals(0, linchpin("stop").exit());
    List<String> secrets = List.of(apiId, importedId, bankAccount, "23456.78", "34567.89");
    boolean scannerSeesClearValues = false;
    try (var files = Files.walk(home.resolve("data"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        scannerSeesClearValues |= content.contains(number);
        for (String secret : secrets) {
          assertTrue(!content.contains(secret), file + " holds a sensitive value in clear");
        }
      }
    }
    assertTrue(
        scannerSeesClearValues, "the scan finds non-sensitive values, so it would find these");
  }

  @Test
  void restoringABackupDoesNotBringAnErasedPersonBack() throws Exception {
    assertEquals(0, linchpin("start").exit());
    Api admin = Api.as(BASE, "hr.admin");
    String nationalId = Imports.residentId();
    Map<String, Object> hire = new HashMap<>();
    hire.put("employeeNumber", LinchpinDeployment.unique("B"));
    hire.put("fullName", "备份测试");
    hire.put("hireDate", "2019-09-09");
    hire.put("nationalId", nationalId);
    Api.Reply hired = admin.post("/api/v1/employees", hire);
    assertEquals(201, hired.status(), hired.body());
    long id = hired.json().get("id").asLong();
    assertEquals(0, linchpin("stop").exit());

    Path data = home.resolve("data");
    Path backup = home.resolve("data-backup");
    assertEquals(0, run(List.of("cp", "-a", data.toString(), backup.toString()), Map.of()).exit());

    assertEquals(0, linchpin("start").exit());
    assertEquals(
        200,
        admin
            .post("/api/v1/employees/" + id + "/erasure", Map.of("reason", "PIPL request"))
            .status());
    assertEquals(0, linchpin("stop").exit());

    assertEquals(0, run(List.of("rm", "-rf", data.toString()), Map.of()).exit());
    assertEquals(0, run(List.of("mv", backup.toString(), data.toString()), Map.of()).exit());
    Result restart = linchpin("start");
    assertEquals(0, restart.exit(), restart.output());
    JsonNode details = admin.get("/api/v1/employees/" + id).json();
    assertTrue(details.get("erased").asBoolean(), details.toString());
    assertTrue(details.get("nationalId") == null || details.get("nationalId").isNull());
    assertEquals(
        0,
        admin
            .post("/api/v1/employees/search", Map.of("nationalId", nationalId))
            .json()
            .get("total")
            .asInt());
  }

  @Test
  void theCommandLineVerifierChecksTheAuditChainAndNamesAnEditedEntry() throws Exception {
    assertEquals(0, linchpin("start").exit());
    Api admin = Api.as(BASE, "hr.admin");
    Map<String, Object> hire = new HashMap<>();
    hire.put("employeeNumber", LinchpinDeployment.unique("V"));
    hire.put("fullName", "核查测试");
    hire.put("hireDate", "2022-02-22");
    long id = admin.post("/api/v1/employees", hire).json().get("id").asLong();
    admin.get("/api/v1/employees/" + id);
    admin.get("/api/v1/employees/" + id + "/history");
    Result whileRunning = linchpin("audit", "verify");
    assertEquals(2, whileRunning.exit(), whileRunning.output());
    assertEquals(0, linchpin("stop").exit());

    Result intact = linchpin("audit", "verify");
    assertEquals(0, intact.exit(), intact.output());
    // the sign-in (first use of the token), the hire and two sensitive reads
    assertTrue(intact.output().contains("intact: 4 entries"), intact.output());

    String url = "jdbc:h2:file:" + home.resolve("data/db/linchpin");
    try (var c = java.sql.DriverManager.getConnection(url, "linchpin", "linchpin");
        var s = c.createStatement()) {
      s.executeUpdate("update audit_entry set actor = 'someone else' where seq = 2");
    }
    Result broken = linchpin("audit", "verify");
    assertEquals(7, broken.exit(), broken.output());
    assertTrue(broken.output().contains("BROKEN at entry 2"), broken.output());
  }

  /**
   * Defect 3: wiping the audit log and resetting its head to sequence 0 passed verification. The
   * anchor kept beside the keys names the missing range, to the command-line verifier and to the
   * auditor's verification once the server runs again.
   */
  @Test
  void aWipedAuditLogIsReportedAsTamperedNamingTheMissingEntries() throws Exception {
    assertEquals(0, linchpin("start").exit());
    Api admin = Api.as(BASE, "hr.admin");
    Map<String, Object> hire = new HashMap<>();
    hire.put("employeeNumber", LinchpinDeployment.unique("W"));
    hire.put("fullName", "擦除测试");
    hire.put("hireDate", "2021-01-04");
    long id = admin.post("/api/v1/employees", hire).json().get("id").asLong();
    for (int i = 0; i < 5; i++) {
      admin.get("/api/v1/employees/" + id);
    }
    Api auditor = Api.as(BASE, "auditor");
    long confirmed = auditor.get("/api/v1/audit/checkpoint").json().get("seq").asLong();
    assertTrue(confirmed >= 6, "entries before the wipe: " + confirmed);
    assertEquals(0, linchpin("stop").exit());
    assertTrue(Files.exists(home.resolve("keys/audit-anchor.properties")), "the anchor is kept");

    String url = "jdbc:h2:file:" + home.resolve("data/db/linchpin");
    try (var c = java.sql.DriverManager.getConnection(url, "linchpin", "linchpin");
        var s = c.createStatement()) {
      s.executeUpdate("delete from audit_entry");
      s.executeUpdate(
          "update audit_head set last_seq = 0, last_hash = '"
              + "0".repeat(64)
              + "', checkpoint = null where id = 1");
    }
    Result cli = linchpin("audit", "verify");
    assertEquals(7, cli.exit(), cli.output());
    assertTrue(cli.output().contains("entries 1 to "), cli.output());
    assertTrue(cli.output().contains("are missing"), cli.output());

    assertEquals(0, linchpin("start").exit());
    JsonNode verification = auditor.get("/api/v1/audit/verification").json();
    assertTrue(!verification.get("intact").asBoolean(), verification.toString());
    assertTrue(
        verification.get("reason").asText().contains("are missing"), verification.toString());
  }

  @Test
  void refusesToStartWithoutItsKeystoreAndTouchesNoData() throws Exception {
    Files.delete(home.resolve("keys/linchpin-keys.p12"));
    Result start = linchpin("start");
    assertEquals(6, start.exit(), start.output());
    assertTrue(start.output().contains("bin/linchpin keys init"), start.output());
    assertTrue(!Files.exists(home.resolve("data/db")), "no database was created or opened");
  }

  @Test
  void refusesToStartWithAWrongKeystorePassword() throws Exception {
    Files.writeString(home.resolve("keys/keystore.password"), "guessed");
    Result start = linchpin("start");
    assertEquals(6, start.exit(), start.output());
    assertTrue(start.output().contains("does not open"), start.output());
  }

  @Test
  void refusesToStartWhenThePortIsTaken() throws Exception {
    try (ServerSocket taken = new ServerSocket(HTTP_PORT, 1, InetAddress.getByName("127.0.0.1"))) {
      Result start = linchpin("start");
      assertEquals(4, start.exit(), start.output());
      assertTrue(start.output().contains("port " + HTTP_PORT), start.output());
    }
  }

  @Test
  void refusesToStartWhenTheDatabaseIsUnreachable() throws Exception {
    Path conf = home.resolve("conf/linchpin.properties");
    String unreachable = "jdbc:postgresql://127.0.0.1:1/linchpin";
    Files.writeString(
        conf,
        Files.readString(conf)
            .replace("linchpin.db.driver=h2", "linchpin.db.driver=postgresql")
            .replaceAll("(?m)^linchpin.db.url=.*$", "linchpin.db.url=" + unreachable));
    Result start = linchpin("start");
    assertEquals(5, start.exit(), start.output());
    assertTrue(
        start.output().contains("cannot connect to the database at " + unreachable),
        start.output());
    assertTrue(!start.output().contains("linchpin.db.password="), "never prints the password");
  }

  @Test
  void refusesToStartOnJavaOlderThan17() throws Exception {
    Path fakeBin = Files.createDirectories(home.resolve("fake-bin"));
    Path java = fakeBin.resolve("java");
    Files.writeString(java, "#!/bin/sh\necho '    java.specification.version = 11' >&2\n");
    java.toFile().setExecutable(true);
    Map<String, String> env = new HashMap<>();
    env.put("PATH", fakeBin + ":" + System.getenv("PATH"));
    env.put("JAVA_HOME", "");
    Result start = run(List.of(home.resolve("bin/linchpin").toString(), "start"), env);
    assertEquals(3, start.exit(), start.output());
    assertTrue(start.output().contains("Java 17 or newer is required"), start.output());
  }

  @Test
  void refusesToStartWhenTheIdentityProviderIsUnreachable() throws Exception {
    setProperty("linchpin.oidc.provider-url", "http://127.0.0.1:1/realms/linchpin");
    Result start = linchpin("start");
    assertEquals(8, start.exit(), start.output());
    assertTrue(start.output().contains("cannot be reached"), start.output());
    assertEquals(3, linchpin("status").exit());
  }

  @Test
  void refusesToStartWhenTheRealmIsWrong() throws Exception {
    String issuer = System.getProperty("linchpin.oidc.provider-url");
    setProperty("linchpin.oidc.provider-url", issuer.replace("/realms/linchpin", "/realms/nosuch"));
    Result start = linchpin("start");
    assertEquals(8, start.exit(), start.output());
    assertTrue(start.output().contains("answered 404"), start.output());
  }

  @Test
  void refusesToStartWithoutTheClientSecret() throws Exception {
    Files.delete(home.resolve("conf/oidc-client.secret"));
    Result start = linchpin("start");
    assertEquals(2, start.exit(), start.output());
    assertTrue(start.output().contains("oidc-client.secret"), start.output());
  }

  private void setProperty(String key, String value) throws Exception {
    Path conf = home.resolve("conf/linchpin.properties");
    String properties =
        Files.readString(conf, StandardCharsets.UTF_8)
            .replaceAll("(?m)^" + java.util.regex.Pattern.quote(key) + "=.*$", key + "=" + value);
    Files.writeString(conf, properties, StandardCharsets.UTF_8);
  }

  @Test
  void printsTheOracleSchemaForTheDba() throws Exception {
    Result sql = linchpin("db-sql", "--dialect", "oracle");
    assertEquals(0, sql.exit(), sql.output());
    assertTrue(sql.output().contains("CREATE TABLE employee"), sql.output());
    assertEquals(2, linchpin("db-sql", "--dialect", "db2").exit());
  }

  private Result linchpin(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/linchpin").toString());
    command.addAll(List.of(args));
    return run(command, Map.of());
  }

  private static Result run(List<String> command, Map<String, String> env)
      throws IOException, InterruptedException {
    return Commands.run(command, env, Duration.ofMinutes(5));
  }
}
