package io.linchpin.it;

import static io.linchpin.it.LinchpinDeployment.BASE;
import static io.linchpin.it.LinchpinDeployment.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attacker's list for access rules and input: each test is one way around the rules that an
 * outside review found, tried as the role that would use it. The answer must be built for the
 * caller's visibility whatever the endpoint, and bad input must get a 400 naming the field, never a
 * 5xx.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessAttackIT {

  private final Api admin = Api.as(BASE, "hr.admin");
  private final Api legal = Api.as(BASE, "legal");
  private String nationalId;
  private long person;
  private long unit;
  private String tag;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return LinchpinDeployment.ear();
  }

  @BeforeAll
  void aPersonWithSensitiveFields() {
    tag = unique("");
    unit = OrgUnits.create(admin, "AA", "攻击" + tag, null);
    nationalId = Imports.residentId();
    Api.Reply hired = admin.post("/api/v1/employees", hire("AA" + tag, "2021-05-01", nationalId));
    assertEquals(201, hired.status(), hired.body());
    person = hired.json().get("id").asLong();
  }

  /** Defect 1: the legal hold answered Legal with national ID, bank account and salary. */
  @Test
  void legalPlacingOrLiftingAHoldGetsNoSensitiveField() {
    for (boolean held : new boolean[] {true, false}) {
      Api.Reply reply =
          legal.put(
              "/api/v1/employees/" + person + "/legal-hold",
              Map.of("held", held, "reason", "litigation hold " + tag));
      assertEquals(200, reply.status(), reply.body());
      JsonNode answer = reply.json();
      assertFalse(answer.hasNonNull("nationalId"), answer.toString());
      assertFalse(answer.hasNonNull("bankAccount"), answer.toString());
      assertFalse(answer.hasNonNull("baseSalary"), answer.toString());
      assertFalse(reply.body().contains(nationalId), "no national ID anywhere: " + reply.body());
      assertFalse(reply.body().contains("6222020200998877665"), reply.body());
    }
    Api.Reply byHr =
        admin.put(
            "/api/v1/employees/" + person + "/legal-hold",
            Map.of("held", false, "reason", "hold reviewed " + tag));
    assertEquals(200, byHr.status(), byHr.body());
    assertEquals(nationalId, byHr.json().get("nationalId").asText(), "HR still sees it");
  }

  /** Defect 14: a huge page number overflowed the offset into a 500. */
  @Test
  void aPageNumberPastTheLastPossibleRowIsA400NamingPage() {
    Map<String, Api> lists =
        Map.of(
            "/api/v1/employees", admin,
            "/api/v1/cases", admin,
            "/api/v1/core-roles", admin,
            "/api/v1/audit/entries", Api.as(BASE, "auditor"));
    for (Map.Entry<String, Api> list : lists.entrySet()) {
      for (String page : List.of("2147483647", "1073741824", "99999999")) {
        Api.Reply reply = list.getValue().get(list.getKey() + "?page=" + page + "&size=50");
        assertEquals(400, reply.status(), list.getKey() + " page " + page + ": " + reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.body());
        assertTrue(reply.fields().contains("page"), reply.body());
      }
      assertEquals(200, list.getValue().get(list.getKey() + "?page=3&size=50").status());
    }
  }

  /** Defect 14: the API took hire dates the import refuses. */
  @Test
  void theApiRefusesTheHireDatesTheImportRefuses() {
    for (String date : List.of("9999-12-31", "1900-01-01", "1949-12-31")) {
      String number = "AB" + tag + date.substring(0, 4);
      Api.Reply reply = admin.post("/api/v1/employees", hire(number, date, Imports.residentId()));
      assertEquals(400, reply.status(), date + ": " + reply.body());
      assertTrue(reply.fields().contains("hireDate"), reply.body());
      Api.Reply search = admin.get("/api/v1/employees?q=" + number);
      assertEquals(0, search.json().get("total").asLong(), "nothing was kept for " + date);
    }
    Api.Reply change =
        admin.post(
            "/api/v1/employees/" + person + "/history",
            Map.of("type", "SALARY_CHANGE", "effectiveDate", "9999-01-01", "baseSalary", 30000));
    assertEquals(400, change.status(), change.body());
    assertTrue(change.fields().contains("effectiveDate"), change.body());
  }

  private Map<String, Object> hire(String number, String date, String nationalId) {
    Map<String, Object> hire = new HashMap<>();
    hire.put("employeeNumber", number);
    hire.put("fullName", "攻击" + number);
    hire.put("hireDate", date);
    hire.put("orgUnitId", unit);
    hire.put("nationalId", nationalId);
    hire.put("bankAccount", "6222020200998877665");
    hire.put("baseSalary", 31000);
    return hire;
  }
}
