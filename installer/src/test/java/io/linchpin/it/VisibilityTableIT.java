package io.linchpin.it;

import static io.linchpin.it.LinchpinDeployment.BASE;
import static io.linchpin.it.LinchpinDeployment.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The field-by-field table of what each role sees of a person, checked against every JSON answer of
 * the API. One person carries marked values (national ID, bank account, base salary and its annual
 * figure, a name); every GET method (found by reflection) and the search by national ID is called
 * about them as each role, and every field of every answer that shows a marked value is put in a
 * table. The table must be exactly the documented one (docs/security.md, "What each role sees of a
 * person"): the sensitive fields only for HR admins and the person's HR business partner, the
 * person's name for the roles whose scope holds them, nothing for IT admins and auditors.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisibilityTableIT {

  /** The sensitive fields of a person, as the answers that carry them name them. */
  static final Set<String> SENSITIVE_FIELDS =
      Set.of(
          "GET /employees/{id} nationalId",
          "GET /employees/{id} bankAccount",
          "GET /employees/{id} baseSalary",
          "GET /employees/{id}/history [].baseSalary");

  /** The roles that see a person's sensitive fields (within their scope). */
  static final Set<String> SEES_SENSITIVE = Set.of("hr-admin", "hr-bp");

  /** The roles whose scope holds the person; the others see nothing of them. */
  static final Set<String> SEES_PERSON =
      Set.of("hr-admin", "hr-bp", "legal", "business-head", "line-manager", "employee");

  private final Api admin = Api.as(BASE, "hr.admin");
  private final Map<String, Api> roles = new LinkedHashMap<>();
  private final Map<String, String> samples = new HashMap<>();
  private String nationalId;
  private String bankAccount;
  private String fullName;
  private static final BigDecimal SALARY = new BigDecimal("23456.78");
  private static final BigDecimal ANNUAL = SALARY.multiply(BigDecimal.valueOf(12));

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return LinchpinDeployment.ear();
  }

  @BeforeAll
  void aPersonWithMarkedValuesAndOneAccountPerRole() {
    String tag = unique("");
    String lower = tag.toLowerCase(Locale.ROOT);
    long root = OrgUnits.create(admin, "VT", "可见性" + tag, null);
    long business = OrgUnits.create(admin, "VT", "可见事业部", root);
    long team = OrgUnits.create(admin, "VT", "可见小组", business);
    long office = OrgUnits.create(admin, "VT", "事业部办公室", business);
    long manager = Staff.hire(admin, "VT" + tag + "M", "可见经理" + tag, team);
    nationalId = Imports.residentId();
    bankAccount =
        "6222" + String.format("%015d", Math.abs(System.nanoTime()) % 1_000_000_000_000_000L);
    fullName = "可见员工" + tag;
    Map<String, Object> hire = new HashMap<>();
    hire.put("employeeNumber", "VT" + tag + "P");
    hire.put("fullName", fullName);
    hire.put("hireDate", "2020-04-01");
    hire.put("orgUnitId", team);
    hire.put("managerId", manager);
    hire.put("nationalId", nationalId);
    hire.put("bankAccount", bankAccount);
    hire.put("baseSalary", SALARY);
    Api.Reply hired = admin.post("/api/v1/employees", hire);
    assertEquals(201, hired.status(), hired.body());
    String person = hired.json().get("id").asText();
    long partner = Staff.hire(admin, "VT" + tag + "B", "可见伙伴" + tag, office);
    Staff.partnerOf(admin, team, partner);
    Staff.hire(admin, "VT" + tag + "H", "可见负责人" + tag, office);

    roles.put("hr-admin", admin);
    roles.put("hr-bp", Staff.account("vt-bp-" + lower, "VT" + tag + "B", "hr-bp"));
    roles.put("legal", Staff.account("vt-legal-" + lower, null, "legal"));
    roles.put(
        "business-head", Staff.account("vt-head-" + lower, "VT" + tag + "H", "business-head"));
    roles.put("line-manager", Staff.account("vt-mgr-" + lower, "VT" + tag + "M", "line-manager"));
    roles.put("employee", Staff.account("vt-self-" + lower, "VT" + tag + "P", "employee"));
    roles.put("it-admin", Staff.account("vt-it-" + lower, null, "it-admin"));
    roles.put("auditor", Staff.account("vt-audit-" + lower, null, "auditor"));

    samples.putAll(AuthorizationMatrixIT.samples(person));
    samples.put("{id: \\d+}", person);
  }

  @Test
  void everyAnswerShowsEachRoleExactlyTheDocumentedFields() throws Exception {
    Map<String, Set<String>> sensitive = new TreeMap<>();
    Map<String, Set<String>> named = new TreeMap<>();
    int answers = 0;
    for (AuthorizationMatrixIT.Endpoint e : AuthorizationMatrixIT.endpoints()) {
      if (!"GET".equals(e.method())) {
        continue;
      }
      String url = "/api/v1" + concrete(e.path());
      for (Map.Entry<String, Api> role : roles.entrySet()) {
        Api.Reply reply = role.getValue().get(url);
        answers += read(e.key(), role.getKey(), reply, sensitive, named);
      }
    }
    for (Map.Entry<String, Api> role : roles.entrySet()) {
      Api.Reply reply =
          role.getValue().post("/api/v1/employees/search", Map.of("nationalId", nationalId));
      answers += read("POST /employees/search", role.getKey(), reply, sensitive, named);
    }
    assertTrue(answers > 100, "JSON answers read: " + answers);

    Files.writeString(
        Path.of("target", "visibility-table.md"), table(sensitive, named), StandardCharsets.UTF_8);
    List<String> wrong = new ArrayList<>();
    for (String role : roles.keySet()) {
      Set<String> seen = sensitive.getOrDefault(role, Set.of());
      Set<String> expected = SEES_SENSITIVE.contains(role) ? SENSITIVE_FIELDS : Set.of();
      if (!seen.equals(expected)) {
        wrong.add(role + " sees the sensitive fields " + seen + ", documented: " + expected);
      }
      boolean seesName = !named.getOrDefault(role, Set.of()).isEmpty();
      if (seesName != SEES_PERSON.contains(role)) {
        wrong.add(
            role
                + (seesName ? " sees the person in " + named.get(role) : " never sees the person"));
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong) + "\n" + table(sensitive, named));
  }

  /** Files the marked values of one answer under the role; answers 1 for a JSON answer, else 0. */
  private int read(
      String endpoint,
      String role,
      Api.Reply reply,
      Map<String, Set<String>> sensitive,
      Map<String, Set<String>> named) {
    if (reply.status() != 200 || !reply.contentType().startsWith("application/json")) {
      return 0;
    }
    walk(reply.json(), "", endpoint, role, sensitive, named);
    return 1;
  }

  private void walk(
      JsonNode node,
      String path,
      String endpoint,
      String role,
      Map<String, Set<String>> sensitive,
      Map<String, Set<String>> named) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              f ->
                  walk(
                      f.getValue(),
                      path.isEmpty() ? f.getKey() : path + "." + f.getKey(),
                      endpoint,
                      role,
                      sensitive,
                      named));
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        walk(item, path + "[]", endpoint, role, sensitive, named);
      }
    } else if (!node.isNull()) {
      String field = endpoint + " " + path;
      if (isSensitive(node)) {
        sensitive.computeIfAbsent(role, r -> new TreeSet<>()).add(field);
      }
      if (node.isTextual() && node.asText().contains(fullName)) {
        named.computeIfAbsent(role, r -> new TreeSet<>()).add(field);
      }
    }
  }

  private boolean isSensitive(JsonNode value) {
    if (value.isNumber()) {
      BigDecimal n = value.decimalValue();
      return n.compareTo(SALARY) == 0 || n.compareTo(ANNUAL) == 0;
    }
    String text = value.asText().replace(" ", "").replace(",", "");
    return text.contains(nationalId)
        || text.contains(bankAccount)
        || text.contains(SALARY.toPlainString())
        || text.contains(ANNUAL.toPlainString());
  }

  private String concrete(String path) {
    String url = path;
    for (Map.Entry<String, String> s : samples.entrySet()) {
      url = url.replace(s.getKey(), s.getValue());
    }
    return url;
  }

  private static String table(Map<String, Set<String>> sensitive, Map<String, Set<String>> named) {
    StringBuilder out =
        new StringBuilder("| role | sensitive fields seen | answers naming the person |\n");
    out.append("|---|---|---|\n");
    Set<String> all = new TreeSet<>(sensitive.keySet());
    all.addAll(named.keySet());
    for (String role : all) {
      out.append("| ")
          .append(role)
          .append(" | ")
          .append(String.join("<br>", sensitive.getOrDefault(role, Set.of())))
          .append(" | ")
          .append(named.getOrDefault(role, Set.of()).size())
          .append(" |\n");
    }
    return out.toString();
  }
}
