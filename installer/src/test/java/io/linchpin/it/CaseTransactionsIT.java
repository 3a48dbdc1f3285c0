package io.linchpin.it;

import static io.linchpin.it.LinchpinDeployment.BASE;
import static io.linchpin.it.LinchpinDeployment.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The engine takes part in the container's transactions: a case and its playbook started in a
 * transaction that commits are both there; one that rolls back, or times out before it commits,
 * leaves nothing in Linchpin's tables or the engine's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseTransactionsIT {

  private final Api admin = Api.as(BASE, "hr.admin");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() throws IOException {
    EnterpriseArchive ear = LinchpinDeployment.ear();
    WebArchive probe =
        ShrinkWrap.create(WebArchive.class, "linchpin-probe.war")
            .addClass(TransactionProbe.class)
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    ear.addAsModule(probe);
    String application;
    try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
      application = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ear.delete("META-INF/application.xml");
    ear.addAsManifestResource(
        new StringAsset(
            application.replace(
                "<library-directory>",
                "<module><web><web-uri>linchpin-probe.war</web-uri>"
                    + "<context-root>/linchpin-probe</context-root></web></module>"
                    + "<library-directory>")),
        "application.xml");
    return ear;
  }

  @Test
  void aCaseStartedInACommittedTransactionIsThereWithItsFirstStep() throws Exception {
    Probe p = probe("commit");
    assertEquals("committed", p.outcome());
    assertEquals(1, count("select count(*) from case_file where reference = ?", p.reference()));
    assertEquals(
        1,
        count(
            "select count(*) from act_ru_execution where business_key_ = ? and parent_id_ is null",
            p.reference()));
    assertEquals(
        1,
        count(
            "select count(*) from act_ru_task where proc_inst_id_ = ? and task_def_key_ = ?",
            p.instance(),
            "hrConversation"));
    assertEquals(
        1,
        count(
            "select count(*) from case_event e join case_file c on c.id = e.case_id"
                + " where c.reference = ? and e.kind = 'STEP_STARTED'",
            p.reference()));
  }

  @Test
  void aCaseStartedInATransactionThatRollsBackLeavesNothingBehind() throws Exception {
    assertNothingLeft(probe("rollback"));
  }

  @Test
  void aCaseStartedInATransactionThatTimesOutLeavesNothingBehind() throws Exception {
    assertNothingLeft(probe("timeout"));
  }

  private void assertNothingLeft(Probe p) throws Exception {
    assertEquals("rolled back", p.outcome());
    assertEquals(0, count("select count(*) from case_file where reference = ?", p.reference()));
    assertEquals(
        0, count("select count(*) from act_ru_execution where business_key_ = ?", p.reference()));
    assertEquals(
        0, count("select count(*) from act_hi_procinst where business_key_ = ?", p.reference()));
    assertEquals(
        0, count("select count(*) from act_ru_task where proc_inst_id_ = ?", p.instance()));
    assertEquals(
        0, count("select count(*) from act_ru_variable where proc_inst_id_ = ?", p.instance()));
  }

  private record Probe(String reference, String instance, String outcome) {}

  private Probe probe(String end) throws Exception {
    String number = unique("TX");
    Map<String, Object> hire = new HashMap<>();
    hire.put("employeeNumber", number);
    hire.put("fullName", "事务测试");
    hire.put("hireDate", "2021-01-04");
    Api.Reply hired = admin.post("/api/v1/employees", hire);
    assertEquals(201, hired.status(), hired.body());
    String reference = unique("CTX-");
    String query =
        "end="
            + end
            + "&reference="
            + reference
            + "&employeeId="
            + hired.json().get("id").asLong()
            + "&subject="
            + number;
    HttpResponse<String> reply =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(BASE + "/linchpin-probe/case?" + query))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, reply.statusCode(), reply.body());
    JsonNode json = Api.JSON.readTree(reply.body());
    return new Probe(reference, json.get("instance").asText(), json.get("outcome").asText());
  }

  private static int count(String sql, String... params) throws Exception {
    try (Connection db = LinchpinDeployment.database();
        PreparedStatement p = db.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        p.setString(i + 1, params[i]);
      }
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
