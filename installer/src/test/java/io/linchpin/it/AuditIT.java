package io.linchpin.it;

import static io.linchpin.it.LinchpinDeployment.BASE;
import static io.linchpin.it.LinchpinDeployment.database;
import static io.linchpin.it.LinchpinDeployment.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit log on the real server: sensitive reads are on record exactly once, refusals are on
 * record, and any edit, deletion, reordering or truncation made with SQL is found by the verifier,
 * which names the entry. Every test puts the log back as it found it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditIT {

  private final Api admin = Api.as(BASE, "hr.admin");
  private final Api auditor = Api.as(BASE, "auditor");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return LinchpinDeployment.ear();
  }

  @Test
  void eachSensitiveReadIsOnRecordExactlyOnce() {
    long id = hire();
    String entries =
        "/api/v1/audit/entries?objectType=employee&objectId=" + id + "&operation=READ_SENSITIVE";
    assertEquals(0, auditor.get(entries).json().get("total").asInt());
    admin.get("/api/v1/employees/" + id);
    admin.get("/api/v1/employees/" + id + "?asOf=2024-06-01&purpose=case-2026-041");
    JsonNode page = auditor.get(entries).json();
    assertEquals(2, page.get("total").asInt(), page.toString());
    JsonNode entry = page.get("items").get(0);
    assertEquals(
        "case-2026-041", entry.get("purpose").asText(), "the newest read gave its purpose");
    assertEquals("hr.admin", entry.get("actor").asText());
    assertTrue(entry.get("roles").toString().contains("hr-admin"));
    assertTrue(entry.get("fields").toString().contains("nationalId"));
    assertFalse(page.toString().contains("110101"), "never the values themselves");
  }

  @Test
  void refusalsAreOnRecordAndOnlyAuditorsReadTheLog() {
    assertEquals(403, Api.as(BASE, "it.admin").get("/api/v1/employees").status());
    JsonNode denied = auditor.get("/api/v1/audit/entries?actor=it.admin&operation=DENIED").json();
    assertTrue(denied.get("total").asInt() >= 1, denied.toString());
    assertEquals(403, admin.get("/api/v1/audit/entries").status());
    assertEquals(403, admin.get("/api/v1/audit/verification").status());
  }

  @Test
  void signInsAreOnRecordOncePerToken() {
    String user = "signin-" + unique("").toLowerCase(java.util.Locale.ROOT);
    KeycloakAdmin.get().createUser(user, null, "employee");
    Api api = Api.as(BASE, user);
    assertEquals(200, api.get("/api/v1/me").status());
    assertEquals(200, api.get("/api/v1/me").status());
    JsonNode logins =
        auditor.get("/api/v1/audit/entries?actor=" + user + "&operation=LOGIN").json();
    assertEquals(1, logins.get("total").asInt(), "one entry per token: " + logins);
    JsonNode entry = logins.get("items").get(0);
    assertEquals("api", entry.get("purpose").asText());
    assertTrue(entry.get("roles").toString().contains("employee"), entry.toString());
  }

  @Test
  void anUntouchedLogVerifies() {
    hire();
    JsonNode v = auditor.get("/api/v1/audit/verification").json();
    assertTrue(v.get("intact").asBoolean(), v.toString());
    JsonNode checkpoint = auditor.get("/api/v1/audit/checkpoint").json();
    assertTrue(checkpoint.get("seq").asLong() > 0);
    assertEquals(64, checkpoint.get("checkpoint").asText().length());
  }

  @Test
  void anExportedCheckpointIsSignedSoThatAnyoneCanCheckItWithThePublicKey() throws Exception {
    hire();
    JsonNode checkpoint = auditor.get("/api/v1/audit/checkpoint").json();
    String signed = checkpoint.get("seq").asLong() + ":" + checkpoint.get("hash").asText();
    String pem = checkpoint.get("publicKey").asText();
    // Checked with the JDK alone, as an auditor's own tool would (or openssl pkeyutl -verify).
    java.security.PublicKey key =
        java.security.KeyFactory.getInstance("Ed25519")
            .generatePublic(
                new java.security.spec.X509EncodedKeySpec(
                    java.util.Base64.getMimeDecoder()
                        .decode(
                            pem.replace("-----BEGIN PUBLIC KEY-----", "")
                                .replace("-----END PUBLIC KEY-----", ""))));
    java.security.Signature ed = java.security.Signature.getInstance("Ed25519");
    ed.initVerify(key);
    ed.update(signed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertTrue(
        ed.verify(java.util.Base64.getDecoder().decode(checkpoint.get("signature").asText())),
        checkpoint.toString());
    ed.initVerify(key);
    ed.update(("1" + signed).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertFalse(
        ed.verify(java.util.Base64.getDecoder().decode(checkpoint.get("signature").asText())),
        "a changed head does not verify");
    JsonNode again = auditor.get("/api/v1/audit/checkpoint").json();
    assertEquals(pem, again.get("publicKey").asText(), "the same key signs every checkpoint");
  }

  @Test
  void anEditedEntryIsNamed() throws Exception {
    hire();
    long seq = middleSeq();
    try (Connection c = database()) {
      String actor = value(c, "select actor from audit_entry where seq = " + seq);
      update(c, "update audit_entry set actor = 'nobody' where seq = " + seq);
      assertBrokenAt(seq);
      try (PreparedStatement p =
          c.prepareStatement("update audit_entry set actor = ? where seq = ?")) {
        p.setString(1, actor);
        p.setLong(2, seq);
        p.executeUpdate();
      }
    }
    assertIntact();
  }

  @Test
  void aDeletedEntryIsNamed() throws Exception {
    hire();
    long seq = middleSeq();
    try (Connection c = database()) {
      update(c, "create table audit_backup as select * from audit_entry where seq = " + seq);
      update(c, "delete from audit_entry where seq = " + seq);
      assertBrokenAt(seq);
      update(c, "insert into audit_entry select * from audit_backup");
      update(c, "drop table audit_backup");
    }
    assertIntact();
  }

  @Test
  void reorderedEntriesAreNamed() throws Exception {
    hire();
    long seq = middleSeq();
    try (Connection c = database()) {
      update(c, "update audit_entry set seq = -1 where seq = " + seq);
      update(c, "update audit_entry set seq = " + seq + " where seq = " + (seq + 1));
      update(c, "update audit_entry set seq = " + (seq + 1) + " where seq = -1");
      assertBrokenAt(seq);
      update(c, "update audit_entry set seq = -1 where seq = " + seq);
      update(c, "update audit_entry set seq = " + seq + " where seq = " + (seq + 1));
      update(c, "update audit_entry set seq = " + (seq + 1) + " where seq = -1");
    }
    assertIntact();
  }

  @Test
  void aTruncatedLogIsFoundThroughItsHead() throws Exception {
    hire();
    try (Connection c = database()) {
      long last = Long.parseLong(value(c, "select max(seq) from audit_entry"));
      update(c, "create table audit_backup as select * from audit_entry where seq = " + last);
      update(c, "delete from audit_entry where seq = " + last);
      JsonNode v = auditor.get("/api/v1/audit/verification").json();
      assertFalse(v.get("intact").asBoolean(), v.toString());
      String previousHash = value(c, "select hash from audit_entry where seq = " + (last - 1));
      update(
          c,
          "update audit_head set last_seq = "
              + (last - 1)
              + ", last_hash = '"
              + previousHash
              + "'");
      JsonNode rewritten = auditor.get("/api/v1/audit/verification").json();
      assertFalse(
          rewritten.get("intact").asBoolean(), "a head rewritten without the key is refused");
      assertTrue(rewritten.get("reason").asText().contains("checkpoint"), rewritten.toString());
      String hash = value(c, "select hash from audit_backup");
      update(c, "insert into audit_entry select * from audit_backup");
      update(c, "drop table audit_backup");
      update(c, "update audit_head set last_seq = " + last + ", last_hash = '" + hash + "'");
    }
    assertIntact();
  }

  private void assertBrokenAt(long seq) {
    JsonNode v = auditor.get("/api/v1/audit/verification").json();
    assertFalse(v.get("intact").asBoolean(), v.toString());
    assertEquals(seq, v.get("brokenAt").asLong(), v.toString());
  }

  private void assertIntact() {
    JsonNode v = auditor.get("/api/v1/audit/verification").json();
    assertTrue(v.get("intact").asBoolean(), v.toString());
  }

  /** An entry in the middle of the log, with entries before and after it. */
  private long middleSeq() throws Exception {
    for (int tries = 0; ; tries++) {
      try (Connection c = database()) {
        long last = Long.parseLong(value(c, "select max(seq) from audit_entry"));
        if (last >= 3) {
          return last / 2;
        }
        assertTrue(tries < 3, "the log has entries to tamper with");
      }
      hire();
    }
  }

  private long hire() {
    Map<String, Object> body = new HashMap<>();
    body.put("employeeNumber", unique("A"));
    body.put("fullName", "审计测试");
    body.put("hireDate", "2023-01-01");
    body.put("nationalId", Imports.residentId());
    Api.Reply reply = admin.post("/api/v1/employees", body);
    assertEquals(201, reply.status(), reply.body());
    return reply.json().get("id").asLong();
  }

  private static void update(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  private static String value(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
