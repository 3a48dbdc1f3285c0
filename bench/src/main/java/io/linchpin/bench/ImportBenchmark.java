package io.linchpin.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.linchpin.shared.ResidentIdNumber;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Imports N employees (100,000 by default) from a CSV file through the real import job of an
 * installed Linchpin, then inserts the same rows into a table of the same shape in the same H2
 * database with a raw JDBC batch insert, and reports both rates and their ratio, plus the server's
 * peak resident memory. Then rotates every imported person's data key through the real rotation job
 * (a new key per person, their record and hire event sealed again with it) and reports its rate.
 *
 * <p>Usage: {@code ImportBenchmark <unpacked installer> [rows] [work folder]}.
 */
public final class ImportBenchmark {

  private static final String USER = "hr.admin";
  private static final int RAW_BATCH = 1000;

  private ImportBenchmark() {}

  /** One generated employee. */
  public record Row(
      String number,
      String name,
      String orgPath,
      String position,
      LocalDate hireDate,
      String nationalId,
      String bankAccount,
      BigDecimal salary,
      String phone,
      String email,
      String manager) {}

  public static void main(String[] args) throws Exception {
    Path installer =
        Paths.get(args.length > 0 ? args[0] : "installer/target/linchpin-0.1.0-SNAPSHOT");
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    Path work = Paths.get(args.length > 2 ? args[2] : "bench/target/work");
    BenchServer server = BenchServer.prepare(installer, work, "import", true);
    Path home = server.home();
    List<Row> data = generate(rows);
    byte[] csv = csv(data);
    System.out.printf(Locale.ROOT, "Generated %,d rows, %,d bytes of CSV%n", rows, csv.length);

    server.startDemo();
    try {
      long pid = server.serverPid();
      String token = server.token("hr.admin");
      long start = System.nanoTime();
      JsonNode result = importFile(csv, token);
      double importSeconds = (System.nanoTime() - start) / 1e9;
      if (!"COMPLETED".equals(result.get("status").asText())
          || result.get("created").asInt() != rows) {
        throw new IllegalStateException("import did not complete as expected: " + result);
      }
      long peakRssKb = peakRss(pid);

      String url =
          "jdbc:h2:file:" + home.resolve("data/db/linchpin").toAbsolutePath() + ";AUTO_SERVER=TRUE";
      double rawSeconds = rawInsert(url, data);
      double storedSeconds = rawInsertAsStored(url, data);

      double importRate = rows / importSeconds;
      double rawRate = rows / rawSeconds;
      System.out.println();
      System.out.printf(Locale.ROOT, "rows                       %,d%n", rows);
      System.out.printf(
          Locale.ROOT,
          "import job (upload to done) %.2f s  %,.0f rows/s%n",
          importSeconds,
          importRate);
      System.out.printf(
          Locale.ROOT, "raw JDBC batch insert       %.2f s  %,.0f rows/s%n", rawSeconds, rawRate);
      System.out.printf(Locale.ROOT, "ratio import/raw           %.3f%n", importRate / rawRate);
      double storedRate = rows / storedSeconds;
      System.out.printf(
          Locale.ROOT,
          "raw JDBC, rows as stored   %.2f s  %,.0f persons/s (employee + hire event + data key)%n",
          storedSeconds,
          storedRate);
      System.out.printf(Locale.ROOT, "ratio import/as-stored     %.3f%n", importRate / storedRate);
      System.out.printf(Locale.ROOT, "server peak RSS            %,d MB%n", peakRssKb / 1024);
      server.createUser("bench.keys", "it-admin");
      long[] rotation = rotateDataKeys(server.token("bench.keys"));
      System.out.printf(
          Locale.ROOT,
          "data-key rotation          %.2f s  %,.0f persons/s (%,d keys)%n",
          rotation[1] / 1e9,
          rotation[0] / (rotation[1] / 1e9),
          rotation[0]);
    } finally {
      server.stop();
    }
  }

  public static List<Row> generate(int count) {
    Random random = new Random(42);
    String surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    String given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平";
    List<Row> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int team = i / 25;
      LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(i % 14_000);
      String first17 =
          "110101"
              + birth.toString().replace("-", "")
              + String.format(Locale.ROOT, "%03d", i / 14_000);
      rows.add(
          new Row(
              String.format(Locale.ROOT, "B%07d", i),
              ""
                  + surnames.charAt(random.nextInt(surnames.length()))
                  + given.charAt(random.nextInt(given.length())),
              "事业部" + (team % 20) + "/组" + (team % 400),
              random.nextBoolean() ? "软件工程师" : "大客户经理",
              LocalDate.of(2010, 1, 1).plusDays(random.nextInt(5000)),
              first17 + ResidentIdNumber.checkCharacter(first17),
              "6222" + String.format(Locale.ROOT, "%015d", i),
              BigDecimal.valueOf(8000 + random.nextInt(40000)),
              "13" + String.format(Locale.ROOT, "%09d", i),
              String.format(Locale.ROOT, "b%07d@bench.linchpin.io", i),
              i % 25 == 0 ? null : String.format(Locale.ROOT, "B%07d", team * 25)));
    }
    return rows;
  }

  private static byte[] csv(List<Row> rows) {
    StringBuilder out = new StringBuilder("工号,姓名,部门,职位,入职日期,身份证号,银行账号,基本工资,手机,邮箱,直属上级工号\n");
    for (Row r : rows) {
      out.append(r.number())
          .append(',')
          .append(r.name())
          .append(',')
          .append(r.orgPath())
          .append(',')
          .append(r.position())
          .append(',')
          .append(r.hireDate())
          .append(',')
          .append(r.nationalId())
          .append(',')
          .append(r.bankAccount())
          .append(',')
          .append(r.salary())
          .append(',')
          .append(r.phone())
          .append(',')
          .append(r.email())
          .append(',')
          .append(r.manager() == null ? "" : r.manager())
          .append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static JsonNode importFile(byte[] csv, String token) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    String auth = "Bearer " + token;
    String base = BenchServer.BASE + "/api/v1";
    HttpResponse<String> accepted =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/imports/employees?fileName=bench.csv"))
                .header("Authorization", auth)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (accepted.statusCode() != 202) {
      throw new IllegalStateException("upload refused: " + accepted.body());
    }
    ObjectMapper json = new ObjectMapper();
    long id = json.readTree(accepted.body()).get("id").asLong();
    while (true) {
      Thread.sleep(100);
      JsonNode state =
          json.readTree(
              client
                  .send(
                      HttpRequest.newBuilder(URI.create(base + "/imports/" + id))
                          .header("Authorization", auth)
                          .build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
      String status = state.get("status").asText();
      if (status.equals("COMPLETED") || status.equals("REJECTED") || status.equals("FAILED")) {
        return state;
      }
    }
  }

  /**
   * Starts the rotation of every person's data key and waits until none is due; the number of keys
   * and the nanoseconds it took.
   */
  private static long[] rotateDataKeys(String token) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    String auth = "Bearer " + token;
    String base = BenchServer.BASE + "/api/v1/admin/keys";
    ObjectMapper json = new ObjectMapper();
    long start = System.nanoTime();
    HttpResponse<String> accepted =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/data-keys/rotation"))
                .header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (accepted.statusCode() != 202) {
      throw new IllegalStateException("rotation refused: " + accepted.body());
    }
    long due = json.readTree(accepted.body()).get("due").asLong();
    while (true) {
      Thread.sleep(200);
      JsonNode rotation =
          json.readTree(
                  client
                      .send(
                          HttpRequest.newBuilder(URI.create(base))
                              .header("Authorization", auth)
                              .build(),
                          HttpResponse.BodyHandlers.ofString())
                      .body())
              .get("dataKeyRotation");
      if (rotation.get("due").asLong() == 0) {
        return new long[] {due, System.nanoTime() - start};
      }
      if (!rotation.get("rotating").asBoolean()) {
        throw new IllegalStateException("the rotation stopped with keys due: " + rotation);
      }
    }
  }

  /**
   * Inserts the rows into a table shaped like {@code employee}, in batches committed like chunks.
   */
  private static double rawInsert(String url, List<Row> rows) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "linchpin", "linchpin")) {
      try (Statement s = c.createStatement()) {
        s.execute("drop table if exists bench_raw_employee");
        s.execute(
            "create table bench_raw_employee (id bigint primary key, employee_number varchar(32) not null unique,"
                + " full_name varchar(200) not null, email varchar(254), phone varchar(32),"
                + " national_id varchar(512), bank_account varchar(512), base_salary numeric(15,2),"
                + " hire_date date not null, status varchar(16) not null, org_unit_id bigint,"
                + " position_id bigint, manager_id bigint, version int default 0 not null)");
        s.execute("create index ix_bench_raw_name on bench_raw_employee(full_name)");
      }
      c.setAutoCommit(false);
      long start = System.nanoTime();
      try (PreparedStatement p =
          c.prepareStatement(
              "insert into bench_raw_employee (id, employee_number, full_name, email, phone,"
                  + " national_id, bank_account, base_salary, hire_date, status, version)"
                  + " values (?,?,?,?,?,?,?,?,?,?,0)")) {
        long id = 1;
        for (Row r : rows) {
          p.setLong(1, id++);
          p.setString(2, r.number());
          p.setString(3, r.name());
          p.setString(4, r.email());
          p.setString(5, r.phone());
          p.setString(6, r.nationalId());
          p.setString(7, r.bankAccount());
          p.setBigDecimal(8, r.salary());
          p.setDate(9, Date.valueOf(r.hireDate()));
          p.setString(10, "ACTIVE");
          p.addBatch();
          if (id % RAW_BATCH == 0) {
            p.executeBatch();
            c.commit();
          }
        }
        p.executeBatch();
        c.commit();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      try (Statement s = c.createStatement()) {
        s.execute("drop table bench_raw_employee");
      }
      c.commit();
      return seconds;
    }
  }

  /**
   * Inserts, per person, the three rows the import stores (employee with sealed-size values, hire
   * event, wrapped data key) into tables shaped like theirs, in batches committed like the chunks.
   */
  private static double rawInsertAsStored(String url, List<Row> rows) throws Exception {
    java.security.SecureRandom random = new java.security.SecureRandom();
    try (Connection c = DriverManager.getConnection(url, "linchpin", "linchpin")) {
      try (Statement s = c.createStatement()) {
        s.execute("drop table if exists bench_stored_event");
        s.execute("drop table if exists bench_stored_employee");
        s.execute("drop table if exists bench_stored_key");
        s.execute("create table bench_stored_employee as select * from employee where 1 = 0");
        s.execute("alter table bench_stored_employee alter column id set not null");
        s.execute("alter table bench_stored_employee add primary key (id)");
        s.execute("create unique index ux_bse_number on bench_stored_employee(employee_number)");
        s.execute("create index ix_bse_org on bench_stored_employee(org_unit_id)");
        s.execute("create index ix_bse_manager on bench_stored_employee(manager_id)");
        s.execute("create index ix_bse_name on bench_stored_employee(full_name)");
        s.execute("create index ix_bse_nid on bench_stored_employee(national_id_index)");
        s.execute("create table bench_stored_event as select * from employment_event where 1 = 0");
        s.execute("alter table bench_stored_event alter column id set not null");
        s.execute("alter table bench_stored_event add primary key (id)");
        s.execute("create unique index ux_bsv_seq on bench_stored_event(employee_id, seq)");
        s.execute("create index ix_bsv_due on bench_stored_event(applied, effective_date)");
        s.execute("create table bench_stored_key as select * from subject_key where 1 = 0");
        s.execute("alter table bench_stored_key alter column subject set not null");
        s.execute("alter table bench_stored_key add primary key (subject)");
      }
      c.setAutoCommit(false);
      long start = System.nanoTime();
      try (PreparedStatement e =
              c.prepareStatement(
                  "insert into bench_stored_employee (id, employee_number, full_name, email, phone,"
                      + " national_id, national_id_index, bank_account, base_salary, hire_date, status,"
                      + " event_count, legal_hold, version) values (?,?,?,?,?,?,?,?,?,?,?,1,false,0)");
          PreparedStatement v =
              c.prepareStatement(
                  "insert into bench_stored_event (id, employee_id, event_type, effective_date,"
                      + " base_salary, status, seq, recorded_at, recorded_by, applied)"
                      + " values (?,?,'HIRE',?,?,'ACTIVE',1,?,?,true)");
          PreparedStatement k =
              c.prepareStatement(
                  "insert into bench_stored_key (subject, kek_id, keyset, created_at) values (?,?,?,?)")) {
        java.sql.Timestamp now = new java.sql.Timestamp(System.currentTimeMillis());
        long id = 0;
        for (Row r : rows) {
          id++;
          e.setLong(1, id);
          e.setString(2, r.number());
          e.setString(3, r.name());
          e.setString(4, r.email());
          e.setString(5, r.phone());
          e.setString(6, sealedSize(random, r.nationalId().length()));
          e.setString(7, Long.toHexString(random.nextLong()));
          e.setString(8, sealedSize(random, r.bankAccount().length()));
          e.setString(9, sealedSize(random, r.salary().toPlainString().length()));
          e.setDate(10, Date.valueOf(r.hireDate()));
          e.setString(11, "ACTIVE");
          e.addBatch();
          v.setLong(1, id);
          v.setLong(2, id);
          v.setDate(3, Date.valueOf(r.hireDate()));
          v.setString(4, sealedSize(random, r.salary().toPlainString().length()));
          v.setTimestamp(5, now);
          v.setString(6, USER);
          v.addBatch();
          k.setString(1, r.number());
          k.setString(2, "kek-1");
          k.setString(3, sealedSize(random, 100));
          k.setTimestamp(4, now);
          k.addBatch();
          if (id % 2000 == 0) {
            e.executeBatch();
            v.executeBatch();
            k.executeBatch();
            c.commit();
          }
        }
        e.executeBatch();
        v.executeBatch();
        k.executeBatch();
        c.commit();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      try (Statement s = c.createStatement()) {
        s.execute("drop table bench_stored_event");
        s.execute("drop table bench_stored_employee");
        s.execute("drop table bench_stored_key");
      }
      c.commit();
      return seconds;
    }
  }

  /** Random text as long as a sealed value of a plaintext of this length ("v1:" + Base64). */
  private static String sealedSize(java.security.SecureRandom random, int plaintextLength) {
    byte[] bytes = new byte[5 + 12 + plaintextLength + 16];
    random.nextBytes(bytes);
    return "v1:" + java.util.Base64.getEncoder().encodeToString(bytes);
  }

  private static long peakRss(long pid) throws IOException {
    for (String line : Files.readAllLines(Paths.get("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }
}
