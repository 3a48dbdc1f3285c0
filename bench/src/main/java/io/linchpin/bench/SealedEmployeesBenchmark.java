package io.linchpin.bench;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.subtle.AesGcmJce;
import io.linchpin.vault.infrastructure.Sealing;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writes 100,000 employees with national ID, bank account and salary and reads them all back, in an
 * H2 file database: once in clear, once the vault's way (a data key per person wrapped by the
 * key-encryption key, each field sealed with its place as associated data, a blind index on the ID
 * number). {@code cryptoFloor} is the plaintext path with the least any per-person key and
 * per-field AES-GCM must add: what it reaches against {@code plaintext} bounds every such design.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class SealedEmployeesBenchmark {

  static final int ROWS = 100_000;
  private static final int BATCH = 1000;

  private List<ImportBenchmark.Row> rows;
  private Aead kek;
  private byte[] kekRaw;
  private SecretKeySpec blindIndexKey;
  private Path dir;
  private Connection c;

  @Setup(Level.Trial)
  public void generate() throws Exception {
    rows = ImportBenchmark.generate(ROWS);
    byte[] raw = new byte[32];
    new SecureRandom().nextBytes(raw);
    kek = new AesGcmJce(raw);
    kekRaw = raw.clone();
    blindIndexKey = new SecretKeySpec(raw.clone(), "HmacSHA256");
  }

  @Setup(Level.Invocation)
  public void freshDatabase() throws Exception {
    dir = Files.createTempDirectory("linchpin-seal-bench");
    c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db") + ";MODE=Oracle", "sa", "");
    try (Statement s = c.createStatement()) {
      s.execute(
          "create table employee (id bigint primary key, employee_number varchar(32) not null unique,"
              + " full_name varchar(200) not null, national_id varchar(512), national_id_index varchar(32),"
              + " bank_account varchar(512), base_salary varchar(512), hire_date date not null)");
      s.execute("create index ix_nid on employee(national_id_index)");
      s.execute(
          "create table employee_floor (id bigint primary key, employee_number varchar(32) not null"
              + " unique, full_name varchar(200) not null, data_key varbinary(64),"
              + " national_id varbinary(64), bank_account varbinary(64), base_salary varbinary(64),"
              + " hire_date date not null)");
      s.execute(
          "create table subject_key (subject varchar(64) primary key, kek_id varchar(32) not null,"
              + " keyset varchar(2000))");
    }
    c.setAutoCommit(false);
  }

  @TearDown(Level.Invocation)
  public void dropDatabase() throws Exception {
    c.close();
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Benchmark
  public long plaintext() throws Exception {
    try (PreparedStatement p =
        c.prepareStatement(
            "insert into employee (id, employee_number, full_name, national_id, bank_account,"
                + " base_salary, hire_date) values (?,?,?,?,?,?,?)")) {
      long id = 0;
      for (ImportBenchmark.Row r : rows) {
        p.setLong(1, ++id);
        p.setString(2, r.number());
        p.setString(3, r.name());
        p.setString(4, r.nationalId());
        p.setString(5, r.bankAccount());
        p.setString(6, r.salary().toPlainString());
        p.setDate(7, Date.valueOf(r.hireDate()));
        p.addBatch();
        if (id % BATCH == 0) {
          p.executeBatch();
          c.commit();
        }
      }
      p.executeBatch();
      c.commit();
    }
    long length = 0;
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("select national_id, bank_account, base_salary from employee")) {
      while (rs.next()) {
        length += rs.getString(1).length() + rs.getString(2).length() + rs.getString(3).length();
      }
    }
    return length;
  }

  /**
   * The floor of per-person keys with per-field AES-GCM: the plaintext path plus, per person, a
   * data key wrapped by the key-encryption key and its three fields sealed, then unwrapped and
   * opened, each with the cheapest AES-GCM the JDK has (one reused {@link Cipher}, a counter for
   * the nonce, no associated data, no key object per person beyond its raw bytes, bytes stored as
   * they are, the wrapped key in the person's own row). No design of the kind can beat
   * this.
   */
  @Benchmark
  public long cryptoFloor() throws Exception {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    SecretKeySpec kekSpec = new SecretKeySpec(kekRaw, "AES");
    byte[] nonce = new byte[12];
    long counter = 0;
    java.util.Random keys = new java.util.Random(7);
    try (PreparedStatement p =
        c.prepareStatement(
            "insert into employee_floor (id, employee_number, full_name, data_key, national_id,"
                + " bank_account, base_salary, hire_date) values (?,?,?,?,?,?,?,?)")) {
      long id = 0;
      for (ImportBenchmark.Row r : rows) {
        byte[] dataKey = new byte[32];
        keys.nextBytes(dataKey);
        SecretKeySpec personKey = new SecretKeySpec(dataKey, "AES");
        p.setLong(1, ++id);
        p.setString(2, r.number());
        p.setString(3, r.name());
        p.setBytes(4, floorSeal(cipher, kekSpec, nonce, ++counter, dataKey));
        p.setBytes(5, floorSeal(cipher, personKey, nonce, ++counter, utf8(r.nationalId())));
        p.setBytes(6, floorSeal(cipher, personKey, nonce, ++counter, utf8(r.bankAccount())));
        p.setBytes(
            7, floorSeal(cipher, personKey, nonce, ++counter, utf8(r.salary().toPlainString())));
        p.setDate(8, Date.valueOf(r.hireDate()));
        p.addBatch();
        if (id % BATCH == 0) {
          p.executeBatch();
          c.commit();
        }
      }
      p.executeBatch();
      c.commit();
    }
    long length = 0;
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select data_key, national_id, bank_account, base_salary from employee_floor")) {
      while (rs.next()) {
        SecretKeySpec personKey =
            new SecretKeySpec(floorOpen(cipher, kekSpec, rs.getBytes(1)), "AES");
        length +=
            floorOpen(cipher, personKey, rs.getBytes(2)).length
                + floorOpen(cipher, personKey, rs.getBytes(3)).length
                + floorOpen(cipher, personKey, rs.getBytes(4)).length;
      }
    }
    return length;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] floorSeal(
      Cipher cipher, SecretKeySpec key, byte[] nonce, long counter, byte[] plain) throws Exception {
    for (int i = 0; i < 8; i++) {
      nonce[4 + i] = (byte) (counter >>> (8 * i));
    }
    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
    byte[] out = new byte[12 + cipher.getOutputSize(plain.length)];
    System.arraycopy(nonce, 0, out, 0, 12);
    cipher.doFinal(plain, 0, plain.length, out, 12);
    return out;
  }

  private static byte[] floorOpen(Cipher cipher, SecretKeySpec key, byte[] sealed)
      throws Exception {
    cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, 12));
    return cipher.doFinal(sealed, 12, sealed.length - 12);
  }

  @Benchmark
  public long sealed() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(blindIndexKey);
    try (PreparedStatement p =
            c.prepareStatement(
                "insert into employee (id, employee_number, full_name, national_id, national_id_index,"
                    + " bank_account, base_salary, hire_date) values (?,?,?,?,?,?,?,?)");
        PreparedStatement k =
            c.prepareStatement(
                "insert into subject_key (subject, kek_id, keyset) values (?,?,?)")) {
      long id = 0;
      for (ImportBenchmark.Row r : rows) {
        KeysetHandle dataKey = Sealing.newDataKey();
        Aead aead = Sealing.aead(dataKey);
        String subject = r.number();
        k.setString(1, subject);
        k.setString(2, "kek-1");
        k.setString(3, Sealing.wrap(dataKey, kek, subject));
        k.addBatch();
        p.setLong(1, ++id);
        p.setString(2, subject);
        p.setString(3, r.name());
        p.setString(
            4,
            Sealing.sealText(
                aead, Sealing.place("employee", "national_id", subject), r.nationalId()));
        p.setString(
            5,
            HexFormat.of()
                .formatHex(
                    mac.doFinal(("national_id|" + r.nationalId()).getBytes(StandardCharsets.UTF_8)),
                    0,
                    8));
        p.setString(
            6,
            Sealing.sealText(
                aead, Sealing.place("employee", "bank_account", subject), r.bankAccount()));
        p.setString(
            7,
            Sealing.sealText(
                aead,
                Sealing.place("employee", "base_salary", subject),
                r.salary().toPlainString()));
        p.setDate(8, Date.valueOf(r.hireDate()));
        p.addBatch();
        if (id % BATCH == 0) {
          k.executeBatch();
          p.executeBatch();
          c.commit();
        }
      }
      k.executeBatch();
      p.executeBatch();
      c.commit();
    }
    long length = 0;
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select e.employee_number, k.keyset, e.national_id, e.bank_account, e.base_salary"
                    + " from employee e join subject_key k on k.subject = e.employee_number")) {
      while (rs.next()) {
        String subject = rs.getString(1);
        Aead aead = Sealing.unwrap(rs.getString(2), kek, subject);
        length +=
            Sealing.openText(
                        aead, Sealing.place("employee", "national_id", subject), rs.getString(3))
                    .length()
                + Sealing.openText(
                        aead, Sealing.place("employee", "bank_account", subject), rs.getString(4))
                    .length()
                + Sealing.openText(
                        aead, Sealing.place("employee", "base_salary", subject), rs.getString(5))
                    .length();
      }
    }
    return length;
  }
}
