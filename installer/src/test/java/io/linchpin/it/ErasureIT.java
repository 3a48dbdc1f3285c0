package io.linchpin.it;

import static io.linchpin.it.LinchpinDeployment.BASE;
import static io.linchpin.it.LinchpinDeployment.database;
import static io.linchpin.it.LinchpinDeployment.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Crypto-erasure of a person on the real server, and the legal hold that forbids it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErasureIT {

  private final Api admin = Api.as(BASE, "hr.admin");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return LinchpinDeployment.ear();
  }

  @Test
  void anErasedPersonsSensitiveDataCannotBeReadBackByAnyPath() throws Exception {
    String number = unique("X");
    String nationalId = Imports.residentId();
    long id = hire(number, nationalId);
    Map<String, Object> raise =
        Map.of("type", "SALARY_CHANGE", "effectiveDate", "2025-01-01", "baseSalary", 40000);
    assertEquals(201, admin.post("/api/v1/employees/" + id + "/history", raise).status());

    Api.Reply noReason = admin.post("/api/v1/employees/" + id + "/erasure", Map.of());
    assertEquals(400, noReason.status());
    assertEquals("reason", noReason.json().get("errors").get(0).get("field").asText());

    Api.Reply erased =
        admin.post("/api/v1/employees/" + id + "/erasure", Map.of("reason", "retention ended"));
    assertEquals(200, erased.status(), erased.body());
    JsonNode details = admin.get("/api/v1/employees/" + id).json();
    assertTrue(details.get("erased").asBoolean());
    assertTrue(
        !details.has("nationalId") || details.get("nationalId").isNull(), details.toString());
    assertTrue(details.get("baseSalary") == null || details.get("baseSalary").isNull());
    assertEquals("(erased)", details.get("fullName").asText());
    for (JsonNode event : admin.get("/api/v1/employees/" + id + "/history").json()) {
      assertTrue(
          event.get("baseSalary") == null || event.get("baseSalary").isNull(), event.toString());
    }
    assertEquals(
        0,
        admin
            .post("/api/v1/employees/search", Map.of("nationalId", nationalId))
            .json()
            .get("total")
            .asInt());

    try (Connection c = database();
        PreparedStatement p =
            c.prepareStatement("select keyset, erased_at from subject_key where subject = ?")) {
      p.setString(1, number);
      try (ResultSet rs = p.executeQuery()) {
        assertTrue(rs.next(), "the subject's key row stays as a tombstone");
        assertEquals(null, rs.getString(1), "the key is destroyed");
        assertTrue(rs.getTimestamp(2) != null);
      }
    }
    JsonNode audit =
        Api.as(BASE, "auditor").get("/api/v1/audit/entries?operation=ERASE&objectId=" + id).json();
    assertEquals(1, audit.get("total").asInt(), audit.toString());
  }

  @Test
  void aLegalHoldForbidsErasureUntilLifted() {
    long id = hire(unique("H"), Imports.residentId());
    Api legal = Api.as(BASE, "legal");
    Api.Reply hold =
        legal.put(
            "/api/v1/employees/" + id + "/legal-hold",
            Map.of("held", true, "reason", "arbitration 2026-17"));
    assertEquals(200, hold.status(), hold.body());
    assertTrue(hold.json().get("legalHold").asBoolean());
    Api.Reply refused =
        admin.post("/api/v1/employees/" + id + "/erasure", Map.of("reason", "request"));
    assertEquals(409, refused.status(), refused.body());
    assertEquals("legalHold", refused.json().get("errors").get(0).get("field").asText());
    assertTrue(!admin.get("/api/v1/employees/" + id).json().get("erased").asBoolean());

    assertEquals(
        200,
        legal
            .put(
                "/api/v1/employees/" + id + "/legal-hold",
                Map.of("held", false, "reason", "settled"))
            .status());
    assertEquals(
        200,
        admin.post("/api/v1/employees/" + id + "/erasure", Map.of("reason", "request")).status());
  }

  private long hire(String number, String nationalId) {
    Map<String, Object> body = new HashMap<>();
    body.put("employeeNumber", number);
    body.put("fullName", "删除测试");
    body.put("hireDate", "2020-02-02");
    body.put("nationalId", nationalId);
    body.put("bankAccount", "6222020200112233445");
    body.put("baseSalary", 30000);
    Api.Reply reply = admin.post("/api/v1/employees", body);
    assertEquals(201, reply.status(), reply.body());
    return reply.json().get("id").asLong();
  }
}
