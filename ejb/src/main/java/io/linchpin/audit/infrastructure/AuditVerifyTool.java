package io.linchpin.audit.infrastructure;

import io.linchpin.audit.domain.AuditRecord;
import io.linchpin.audit.domain.ChainVerifier;
import io.linchpin.audit.domain.ChainVerifier.Verification;
import io.linchpin.vault.infrastructure.AnchorFile;
import io.linchpin.vault.infrastructure.HmacCheckpointSigner;
import io.linchpin.vault.infrastructure.KeyStoreFiles;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.crypto.SecretKey;

/**
 * {@code bin/linchpin audit verify}: checks the audit chain straight from the database, with the
 * audit key from the keystore, independently of the server. With {@code --checkpoint seq:hash} (an
 * exported checkpoint) it also proves the log still holds that entry unchanged, which catches a log
 * cut back to an older head. Exit codes: 0 intact, 7 broken, 2 usage, 5 no database, 6 keys.
 */
public final class AuditVerifyTool {

  private AuditVerifyTool() {}

  public static void main(String[] args) {
    String keystore = null;
    String passwordFile = null;
    String checkpoint = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--keystore" -> keystore = args[++i];
        case "--password-file" -> passwordFile = args[++i];
        case "--checkpoint" -> checkpoint = args[++i];
        default -> exit(2, "usage: audit verify [--checkpoint <seq>:<hash>]");
      }
    }
    SecretKey key = null;
    try {
      key = KeyStoreFiles.load(Paths.get(keystore), Paths.get(passwordFile)).audit();
    } catch (KeyStoreFiles.KeyStoreProblem e) {
      exit(6, e.getMessage());
    }
    String url = System.getenv("LINCHPIN_DB_URL");
    try (Connection c =
        DriverManager.getConnection(
            url, System.getenv("LINCHPIN_DB_USER"), System.getenv("LINCHPIN_DB_PASSWORD"))) {
      ChainVerifier.Anchor anchor = null;
      try {
        anchor =
            AnchorFile.read(Paths.get(keystore).toAbsolutePath().getParent(), key)
                .map(m -> new ChainVerifier.Anchor(m.seq(), m.hash(), m.at().toString()))
                .orElse(null);
      } catch (IllegalStateException e) {
        exit(7, e.getMessage());
      }
      Verification v = verify(c, key, anchor);
      if (!v.intact()) {
        exit(7, "the audit log is BROKEN at entry " + v.brokenAt() + ": " + v.reason());
      }
      if (checkpoint != null) {
        checkAgainst(c, checkpoint);
      }
      System.out.println("The audit log is intact: " + v.entries() + " entries.");
    } catch (SQLException e) {
      exit(5, "cannot read the audit log at " + url + ": " + e.getMessage());
    }
  }

  static Verification verify(Connection c, SecretKey key, ChainVerifier.Anchor anchor)
      throws SQLException {
    ChainVerifier verifier = new ChainVerifier(anchor);
    try (Statement s = c.createStatement()) {
      s.setFetchSize(1000);
      try (ResultSet rs =
          s.executeQuery(
              "select seq, occurred_at, actor, roles, operation, object_type, object_id, fields,"
                  + " purpose, outcome, prev_hash, hash from audit_entry order by seq")) {
        while (rs.next()) {
          AuditRecord r =
              AuditRecord.stored(
                  rs.getLong(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getString(9),
                  rs.getString(10));
          if (!verifier.accept(
              new ChainVerifier.StoredEntry(
                  rs.getLong(1), rs.getString(11), rs.getString(12), r))) {
            break;
          }
        }
      }
      try (ResultSet head =
          s.executeQuery("select last_seq, last_hash, checkpoint from audit_head where id = 1")) {
        head.next();
        long seq = head.getLong(1);
        String hash = head.getString(2);
        String mac = head.getString(3);
        return seq == 0 && mac == null
            ? verifier.finish(0, hash, data -> true)
            : verifier.finish(seq, hash, data -> HmacCheckpointSigner.verify(key, data, mac));
      }
    }
  }

  private static void checkAgainst(Connection c, String checkpoint) throws SQLException {
    String[] parts = checkpoint.split(":");
    if (parts.length != 2) {
      exit(2, "--checkpoint takes <seq>:<hash> as exported by GET /api/v1/audit/checkpoint");
    }
    try (PreparedStatement p = c.prepareStatement("select hash from audit_entry where seq = ?")) {
      p.setLong(1, Long.parseLong(parts[0]));
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next() || !rs.getString(1).equals(parts[1])) {
          exit(7, "the audit log no longer holds the exported checkpoint entry " + parts[0]);
        }
      }
    }
  }

  private static void exit(int code, String message) {
    System.err.println("linchpin audit: " + message);
    System.exit(code);
  }
}
