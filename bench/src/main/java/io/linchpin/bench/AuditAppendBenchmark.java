package io.linchpin.bench;

import io.linchpin.audit.domain.AuditRecord;
import io.linchpin.audit.domain.HashChain;
import io.linchpin.shared.AuditOperation;
import io.linchpin.vault.infrastructure.HmacCheckpointSigner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * One audit entry per transaction, as the server appends it (the end of the chain it last committed
 * is known: chain the hash, sign the checkpoint, move the head with one conditional update that
 * also locks it, insert), against a plain insert of the same row in its own transaction, in the
 * same H2 file database. {@code lockedAppend} is the way appends went before: lock and read the
 * head row, insert, move the head. {@code headFloor} is the same two statements with hashes and
 * checkpoints made beforehand: the most a chain with a head row moved per transaction can reach
 * here.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class AuditAppendBenchmark {

  private Path dir;
  private Connection connection;
  private PreparedStatement lockHead;
  private PreparedStatement insert;
  private PreparedStatement moveHead;
  private PreparedStatement plainInsert;
  private PreparedStatement knownInsert;
  private PreparedStatement moveKnownHead;
  private PreparedStatement floorInsert;
  private PreparedStatement moveFloorHead;
  private long floorSeq;
  private final String[] hashes = new String[1 << 16];
  private final String[] checkpoints = new String[1 << 16];
  private long knownSeq;
  private String knownHash = HashChain.GENESIS;
  private SecretKeySpec key;
  private long plainSeq;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    dir = Files.createTempDirectory("linchpin-audit-bench");
    connection =
        DriverManager.getConnection(
            "jdbc:h2:file:" + dir.resolve("audit") + ";MODE=Oracle", "sa", "");
    try (Statement s = connection.createStatement()) {
      for (String table : List.of("audit_entry", "plain_entry", "known_entry", "floor_entry")) {
        s.execute(
            "create table "
                + table
                + " (seq bigint primary key, occurred_at bigint not null, actor varchar(200) not null,"
                + " roles varchar(200), operation varchar(32) not null, object_type varchar(64),"
                + " object_id varchar(200), fields varchar(500), purpose varchar(200),"
                + " outcome varchar(16) not null, prev_hash varchar(64) not null, hash varchar(64) not null)");
      }
      s.execute(
          "create table audit_head (id bigint primary key, last_seq bigint not null,"
              + " last_hash varchar(64) not null, checkpoint varchar(64))");
      s.execute("insert into audit_head values (1, 0, '" + HashChain.GENESIS + "', null)");
      s.execute("insert into audit_head values (2, 0, '" + HashChain.GENESIS + "', null)");
      s.execute("insert into audit_head values (3, 0, '" + HashChain.GENESIS + "', null)");
    }
    connection.setAutoCommit(false);
    lockHead =
        connection.prepareStatement(
            "select last_seq, last_hash from audit_head where id = 1 for update");
    String columns =
        " (seq, occurred_at, actor, roles, operation, object_type, object_id, fields, purpose, outcome,"
            + " prev_hash, hash) values (?,?,?,?,?,?,?,?,?,?,?,?)";
    insert = connection.prepareStatement("insert into audit_entry" + columns);
    plainInsert = connection.prepareStatement("insert into plain_entry" + columns);
    knownInsert = connection.prepareStatement("insert into known_entry" + columns);
    floorInsert = connection.prepareStatement("insert into floor_entry" + columns);
    moveFloorHead =
        connection.prepareStatement(
            "update audit_head set last_seq = ?, last_hash = ?, checkpoint = ? where id = 3");
    moveKnownHead =
        connection.prepareStatement(
            "update audit_head set last_seq = ?, last_hash = ?, checkpoint = ?"
                + " where id = 2 and last_seq = ? and last_hash = ?");
    moveHead =
        connection.prepareStatement(
            "update audit_head set last_seq = ?, last_hash = ?, checkpoint = ? where id = 1");
    byte[] raw = new byte[32];
    new SecureRandom().nextBytes(raw);
    key = new SecretKeySpec(raw, "HmacSHA256");
    // The floor writes hashes as real as the chain's, made beforehand: many, so none is cached.
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = HashChain.hash(i, HashChain.GENESIS, record());
      checkpoints[i] = HmacCheckpointSigner.sign(key, i + ":" + hashes[i]);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    connection.close();
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Benchmark
  public void lockedAppend() throws Exception {
    long seq;
    String previous;
    try (ResultSet rs = lockHead.executeQuery()) {
      rs.next();
      seq = rs.getLong(1) + 1;
      previous = rs.getString(2);
    }
    AuditRecord r = record();
    String hash = HashChain.hash(seq, previous, r);
    bind(insert, seq, r, previous, hash);
    insert.executeUpdate();
    moveHead.setLong(1, seq);
    moveHead.setString(2, hash);
    moveHead.setString(3, HmacCheckpointSigner.sign(key, seq + ":" + hash));
    moveHead.executeUpdate();
    connection.commit();
  }

  @Benchmark
  public void auditAppend() throws Exception {
    long seq = knownSeq + 1;
    AuditRecord r = record();
    String hash = HashChain.hash(seq, knownHash, r);
    moveKnownHead.setLong(1, seq);
    moveKnownHead.setString(2, hash);
    moveKnownHead.setString(3, HmacCheckpointSigner.sign(key, seq + ":" + hash));
    moveKnownHead.setLong(4, knownSeq);
    moveKnownHead.setString(5, knownHash);
    if (moveKnownHead.executeUpdate() != 1) {
      throw new IllegalStateException("the head moved");
    }
    bind(knownInsert, seq, r, knownHash, hash);
    knownInsert.executeUpdate();
    connection.commit();
    knownSeq = seq;
    knownHash = hash;
  }

  /**
   * The floor of any chain whose head row moves in the appending transaction: the same insert and
   * head update as {@code auditAppend}, with hashes and checkpoints computed beforehand and no
   * condition. What this reaches against {@code plainInsert} is the most such a chain can reach on
   * this database.
   */
  @Benchmark
  public void headFloor() throws Exception {
    AuditRecord r = record();
    long seq = ++floorSeq;
    int at = (int) seq & (hashes.length - 1);
    String previous = hashes[(at - 1) & (hashes.length - 1)];
    String hash = hashes[at];
    moveFloorHead.setLong(1, seq);
    moveFloorHead.setString(2, hash);
    moveFloorHead.setString(3, checkpoints[at]);
    moveFloorHead.executeUpdate();
    bind(floorInsert, seq, r, previous, hash);
    floorInsert.executeUpdate();
    connection.commit();
  }

  @Benchmark
  public void plainInsert() throws Exception {
    AuditRecord r = record();
    bind(plainInsert, ++plainSeq, r, HashChain.GENESIS, HashChain.GENESIS);
    plainInsert.executeUpdate();
    connection.commit();
  }

  private static AuditRecord record() {
    return new AuditRecord(
        Instant.now().truncatedTo(ChronoUnit.MICROS),
        "hr.admin",
        List.of("hr-admin"),
        AuditOperation.READ_SENSITIVE,
        "employee",
        "12345",
        List.of("nationalId", "bankAccount", "baseSalary"),
        null,
        "ALLOWED");
  }

  private static void bind(
      PreparedStatement p, long seq, AuditRecord r, String previous, String hash) throws Exception {
    p.setLong(1, seq);
    p.setLong(2, ChronoUnit.MICROS.between(Instant.EPOCH, r.occurredAt()));
    p.setString(3, r.actor());
    p.setString(4, String.join(",", r.roles()));
    p.setString(5, r.operation().name());
    p.setString(6, r.objectType());
    p.setString(7, r.objectId());
    p.setString(8, String.join(",", r.fields()));
    p.setString(9, r.purpose());
    p.setString(10, r.outcome());
    p.setString(11, previous);
    p.setString(12, hash);
  }
}
