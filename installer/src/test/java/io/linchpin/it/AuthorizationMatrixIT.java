package io.linchpin.it;

import static io.linchpin.it.LinchpinDeployment.BASE;
import static io.linchpin.it.LinchpinDeployment.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every API method, found by reflection over the web module, called by every role with a real token
 * from Keycloak and without one. A method that is not in {@link #MATRIX} fails the build, so a new
 * endpoint cannot ship without someone deciding who may call it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

  private static final String HR_ADMIN = "hr-admin";
  private static final String HR_BP = "hr-bp";
  private static final String LEGAL = "legal";
  private static final String LINE_MANAGER = "line-manager";
  private static final String BUSINESS_HEAD = "business-head";
  private static final String IT_ADMIN = "it-admin";
  private static final String AUDITOR = "auditor";
  private static final String EMPLOYEE = "employee";
  private static final List<String> ROLES =
      List.of(HR_ADMIN, HR_BP, LEGAL, LINE_MANAGER, BUSINESS_HEAD, IT_ADMIN, AUDITOR, EMPLOYEE);

  private static final Set<String> PEOPLE =
      Set.of(HR_ADMIN, HR_BP, LEGAL, LINE_MANAGER, BUSINESS_HEAD, EMPLOYEE);
  private static final Set<String> STRUCTURE =
      Set.of(HR_ADMIN, HR_BP, LEGAL, LINE_MANAGER, BUSINESS_HEAD);
  private static final Set<String> HR = Set.of(HR_ADMIN, HR_BP);
  private static final Set<String> ADMIN = Set.of(HR_ADMIN);
  private static final Set<String> EVERY_ROLE = Set.copyOf(ROLES);
  private static final Set<String> CASEWORK =
      Set.of(HR_ADMIN, HR_BP, LEGAL, BUSINESS_HEAD, LINE_MANAGER);
  private static final Set<String> IMPACT = Set.of(HR_ADMIN, HR_BP, BUSINESS_HEAD);
  private static final Set<String> REVIEW = Set.of(HR_ADMIN, HR_BP, BUSINESS_HEAD, LEGAL);
  private static final Set<String> REGISTRY = Set.of(HR_ADMIN, HR_BP, BUSINESS_HEAD, LINE_MANAGER);

  /** Who may call what. Everyone else gets 403; without a token, 401. */
  static final Map<String, Set<String>> MATRIX =
      Map.ofEntries(
          Map.entry("GET /me", EVERY_ROLE),
          Map.entry("GET /employees", PEOPLE),
          Map.entry("POST /employees/search", PEOPLE),
          Map.entry("POST /employees", ADMIN),
          Map.entry("GET /employees/{id}", PEOPLE),
          Map.entry("PUT /employees/{id}/personal-data", ADMIN),
          Map.entry("GET /employees/{id}/history", HR),
          Map.entry("POST /employees/{id}/history", ADMIN),
          Map.entry("POST /employees/{id}/erasure", ADMIN),
          Map.entry("PUT /employees/{id}/legal-hold", Set.of(HR_ADMIN, LEGAL)),
          Map.entry("GET /employees/{id}/account", ADMIN),
          Map.entry("DELETE /employees/{id}/account", ADMIN),
          Map.entry("GET /employees/{id}/attachments", HR),
          Map.entry("POST /employees/{id}/attachments", ADMIN),
          Map.entry("GET /employees/{id}/attachments/{attachmentId}", HR),
          Map.entry("GET /org-units", STRUCTURE),
          Map.entry("POST /org-units", ADMIN),
          Map.entry("GET /org-units/{id}", STRUCTURE),
          Map.entry("GET /org-units/{id}/hr-partners", ADMIN),
          Map.entry("PUT /org-units/{id}/hr-partners/{employeeId}", ADMIN),
          Map.entry("DELETE /org-units/{id}/hr-partners/{employeeId}", ADMIN),
          Map.entry("GET /positions", STRUCTURE),
          Map.entry("POST /positions", ADMIN),
          Map.entry("GET /positions/{id}", STRUCTURE),
          Map.entry("GET /imports", HR),
          Map.entry("GET /imports/{id: \\d+}", HR),
          Map.entry("POST /imports/employees", ADMIN),
          Map.entry("POST /imports/org-units", ADMIN),
          Map.entry("POST /imports/signals", ADMIN),
          Map.entry("GET /imports/signals/template", HR),
          Map.entry("GET /employees/{id}/signals", HR),
          Map.entry("GET /detectors", HR),
          Map.entry("GET /alerts", HR),
          Map.entry("GET /employees/{id}/risk", IMPACT),
          Map.entry("GET /alerts/{id}", HR),
          Map.entry("POST /alerts/{id}/triage", HR),
          Map.entry("POST /alerts/{id}/dismissal", HR),
          Map.entry("POST /alerts/{id}/case", HR),
          Map.entry("POST /monitoring/scans", ADMIN),
          Map.entry("GET /monitoring/scans", ADMIN),
          Map.entry("GET /me/alert-notices", HR),
          Map.entry("GET /me/explanation-requests", EVERY_ROLE),
          Map.entry("POST /me/explanation-requests", EVERY_ROLE),
          Map.entry("GET /explanation-requests", HR),
          Map.entry("GET /explanation-requests/{id}", HR),
          Map.entry("POST /explanation-requests/{id}/answer", HR),
          Map.entry("GET /monitoring/scans/{id}", ADMIN),
          Map.entry("GET /detectors/{key}/versions", HR),
          Map.entry("PUT /detectors/{key}", ADMIN),
          Map.entry("PUT /employees/{id}/signals", HR),
          Map.entry("GET /imports/employees/template", HR),
          Map.entry("GET /imports/org-units/template", HR),
          Map.entry("GET /imports/mappings", HR),
          Map.entry("PUT /imports/mappings/{name}", ADMIN),
          Map.entry("GET /review/risk", REVIEW),
          Map.entry("GET /review/cases", REVIEW),
          Map.entry("GET /review/root-causes", REVIEW),
          Map.entry("GET /review/root-causes/{rootCause}/cases", REVIEW),
          Map.entry("GET /review/alerts", REVIEW),
          Map.entry("GET /review/interventions", REVIEW),
          Map.entry("GET /review/{view}/export", REVIEW),
          Map.entry("GET /review/reports", ADMIN),
          Map.entry("POST /review/reports", ADMIN),
          Map.entry("GET /review/reports/{id}/file", ADMIN),
          Map.entry("GET /review/policy-notes", REVIEW),
          Map.entry("POST /review/policy-notes", ADMIN),
          Map.entry("GET /review/policy-notes/{id}/comparison", REVIEW),
          Map.entry("GET /audit/entries", Set.of(AUDITOR)),
          Map.entry("GET /audit/verification", Set.of(AUDITOR)),
          Map.entry("GET /audit/checkpoint", Set.of(AUDITOR)),
          Map.entry("GET /admin/keys", Set.of(IT_ADMIN)),
          Map.entry("POST /admin/keys/reload", Set.of(IT_ADMIN)),
          Map.entry("POST /admin/keys/data-keys/rotation", Set.of(IT_ADMIN)),
          Map.entry("POST /admin/keys/retirement", Set.of(IT_ADMIN)),
          Map.entry("POST /cases", HR),
          Map.entry("GET /cases", CASEWORK),
          Map.entry("GET /cases/{id}", CASEWORK),
          Map.entry("POST /cases/{id}/notes", CASEWORK),
          Map.entry("GET /cases/{id}/parties", CASEWORK),
          Map.entry("POST /cases/{id}/parties", ADMIN),
          Map.entry("DELETE /cases/{id}/parties/{accountId}", ADMIN),
          Map.entry("GET /tasks", CASEWORK),
          Map.entry("POST /tasks/{id}/claim", CASEWORK),
          Map.entry("POST /tasks/{id}/assignee", CASEWORK),
          Map.entry("POST /tasks/{id}/complete", CASEWORK),
          Map.entry("GET /playbooks", HR),
          Map.entry("GET /playbooks/{type}/bpmn", HR),
          Map.entry("POST /playbooks/{type}/versions", ADMIN),
          Map.entry("GET /playbooks/{type}/slas", HR),
          Map.entry("PUT /playbooks/{type}/slas", ADMIN),
          Map.entry("GET /me/notifications", CASEWORK),
          Map.entry("GET /cases/{id}/interventions", CASEWORK),
          Map.entry("POST /cases/{id}/interventions", HR),
          Map.entry("PUT /cases/{id}/interventions/{interventionId}", HR),
          Map.entry("POST /cases/{id}/interventions/{interventionId}/repayments", HR),
          Map.entry("PUT /cases/{id}/interventions/{interventionId}/customers", HR),
          Map.entry("GET /cases/{id}/interventions/{interventionId}/agreement", HR),
          Map.entry("POST /cases/{id}/attachments", CASEWORK),
          Map.entry("GET /cases/{id}/attachments", CASEWORK),
          Map.entry("GET /cases/{id}/attachments/{attachmentId}", CASEWORK),
          Map.entry("GET /intervention-policy", HR),
          Map.entry("PUT /intervention-policy", ADMIN),
          Map.entry("GET /core-roles", REGISTRY),
          Map.entry("GET /core-roles/criteria", REGISTRY),
          Map.entry("GET /core-roles/model", REGISTRY),
          Map.entry("PUT /core-roles/model", ADMIN),
          Map.entry("GET /core-roles/model/history", REGISTRY),
          Map.entry("GET /core-roles/heat-map", REGISTRY),
          Map.entry("GET /core-roles/{employeeId}", REGISTRY),
          Map.entry("GET /core-roles/{employeeId}/assessments", REGISTRY),
          Map.entry("POST /core-roles/{employeeId}/assessments", HR),
          Map.entry("GET /core-roles/{employeeId}/impact", IMPACT),
          Map.entry("PUT /core-roles/{employeeId}/impact/ramp-up", HR),
          Map.entry("GET /core-roles/{employeeId}/report", IMPACT),
          Map.entry("GET /core-roles/{employeeId}/succession", IMPACT),
          Map.entry("POST /core-roles/{employeeId}/succession/candidates", HR),
          Map.entry("DELETE /core-roles/{employeeId}/succession/candidates/{candidateId}", HR),
          Map.entry("POST /core-roles/{employeeId}/succession/plan", HR),
          Map.entry("PUT /core-roles/{employeeId}/succession/plan/{taskId}", HR),
          Map.entry("GET /core-roles/impact", IMPACT),
          Map.entry("GET /core-roles/impact-parameters", IMPACT),
          Map.entry("PUT /core-roles/impact-parameters", ADMIN),
          Map.entry("GET /modules", REGISTRY),
          Map.entry("POST /modules", ADMIN),
          Map.entry("GET /modules/{key}", REGISTRY),
          Map.entry("PUT /modules/{key}", ADMIN),
          Map.entry("GET /modules/{key}/versions", REGISTRY),
          Map.entry("GET /modules/{key}/people/{employeeId}", REGISTRY),
          Map.entry("POST /modules/{key}/people/{employeeId}/records", HR),
          Map.entry("PUT /modules/{key}/people/{employeeId}/records/{recordId}", HR),
          Map.entry("DELETE /modules/{key}/people/{employeeId}/records/{recordId}", HR),
          Map.entry("GET /modules/{key}/people/{employeeId}/metrics", REGISTRY),
          Map.entry("POST /modules/{key}/collections/{collection}/imports", ADMIN),
          Map.entry("GET /modules/{key}/collections/{collection}/import-template", HR),
          Map.entry("GET /employees/{id}/consents", HR),
          Map.entry("POST /employees/{id}/consents", HR),
          Map.entry("POST /employees/{id}/consents/signed-forms", HR),
          Map.entry("GET /me/consents", EVERY_ROLE),
          Map.entry("POST /me/consents/{consentId}/answer", EVERY_ROLE),
          Map.entry("POST /consents/{consentId}/withdrawal", EVERY_ROLE),
          Map.entry("POST /employees/{id}/checks", HR),
          Map.entry("GET /employees/{id}/checks", HR),
          Map.entry("GET /employees/{id}/findings", HR),
          Map.entry("GET /screening/sources", Set.of(HR_ADMIN, IT_ADMIN)),
          Map.entry("GET /screening/drops", Set.of(HR_ADMIN, IT_ADMIN)),
          Map.entry("POST /screening/retention-sweep", ADMIN),
          Map.entry("POST /screening/in-service-checks", ADMIN));

  /** An API method as reflection finds it. */
  record Endpoint(String method, String path, String consumes, Method target) {
    String key() {
      return method + " " + path;
    }
  }

  private final Map<String, String> users = new HashMap<>();
  private final Map<String, String> samples = new HashMap<>();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return LinchpinDeployment.ear();
  }

  @BeforeAll
  void oneUserPerRoleAndSampleRecords() {
    String tag = unique("").toLowerCase(java.util.Locale.ROOT);
    KeycloakAdmin keycloak = KeycloakAdmin.get();
    for (String role : ROLES) {
      String user = "matrix-" + role + "-" + tag;
      keycloak.createUser(user, null, role);
      users.put(role, user);
    }
    Api admin = Api.as(BASE, "hr.admin");
    Api.Reply unit =
        admin.post("/api/v1/org-units", Map.of("code", unique("MX"), "name", "矩阵" + tag));
    assertEquals(201, unit.status(), unit.body());
    Map<String, Object> hire = new HashMap<>();
    hire.put("employeeNumber", unique("MX"));
    hire.put("fullName", "矩阵测试");
    hire.put("hireDate", "2020-01-01");
    hire.put("orgUnitId", unit.json().get("id").asLong());
    Api.Reply employee = admin.post("/api/v1/employees", hire);
    assertEquals(201, employee.status(), employee.body());
    samples.putAll(samples(employee.json().get("id").asText()));
    samples.put("{name}", "matrix-" + tag);
    samples.put("org-units/{id}", unit.json().get("id").asText());
  }

  @Test
  void everyApiMethodHasAnEntryAndEveryEntryAnApiMethod() throws Exception {
    Set<String> found = new TreeSet<>();
    for (Endpoint e : endpoints()) {
      found.add(e.key());
    }
    Set<String> missing = new TreeSet<>(found);
    missing.removeAll(MATRIX.keySet());
    Set<String> stale = new TreeSet<>(MATRIX.keySet());
    stale.removeAll(found);
    assertTrue(
        missing.isEmpty(),
        "API methods without an entry in the authorization matrix (decide who may call them): "
            + missing);
    assertTrue(stale.isEmpty(), "matrix entries for API methods that no longer exist: " + stale);
  }

  @Test
  void everyRoleGetsExactlyWhatTheMatrixSays() throws Exception {
    List<String> wrong = new ArrayList<>();
    Map<String, Integer> outcomes = new TreeMap<>();
    for (Endpoint e : endpoints()) {
      Set<String> allowed = MATRIX.get(e.key());
      if (allowed == null) {
        continue; // reported by the other test
      }
      String url = concrete(e.path());
      int anonymous = call(Api.anonymous(BASE), e, url).status();
      if (anonymous != 401) {
        wrong.add(e.key() + " without a token: " + anonymous + " instead of 401");
      }
      for (String role : ROLES) {
        Api.Reply reply = call(Api.as(BASE, users.get(role)), e, url);
        int status = reply.status();
        outcomes.merge(
            role + " " + (status == 403 ? "403" : status == 401 ? "401" : "allowed"),
            1,
            Integer::sum);
        if (allowed.contains(role)) {
          if (status == 401 || status == 403 || status >= 500) {
            wrong.add(e.key() + " as " + role + ": " + status + " (allowed) " + reply.body());
          }
        } else if (status != 403) {
          wrong.add(e.key() + " as " + role + ": " + status + " instead of 403");
        } else if (!reply.contentType().startsWith("application/problem+json")) {
          wrong.add(e.key() + " as " + role + ": 403 without a problem document");
        }
      }
    }
    if (!wrong.isEmpty()) {
      fail(wrong.size() + " calls answered against the matrix:\n" + String.join("\n", wrong));
    }
    assertTrue(outcomes.getOrDefault("auditor allowed", 0) >= 3, outcomes.toString());
  }

  private Api.Reply call(Api api, Endpoint e, String url) {
    return switch (e.method()) {
      case "GET" -> api.get(url);
      case "DELETE" -> api.delete(url);
      case "POST", "PUT", "PATCH" ->
          e.consumes().contains("json")
              ? api.send(e.method(), url, "application/json", "{}".getBytes(StandardCharsets.UTF_8))
              : api.send(e.method(), url, e.consumes(), new byte[0]);
      default -> throw new AssertionError(e.method());
    };
  }

  private String concrete(String path) {
    String url = path;
    if (url.startsWith("/org-units/{id}")) {
      url = url.replace("/org-units/{id}", "/org-units/" + samples.get("org-units/{id}"));
    }
    for (Map.Entry<String, String> s : samples.entrySet()) {
      url = url.replace(s.getKey(), s.getValue());
    }
    return "/api/v1" + url;
  }

  /**
   * A value for each path parameter of the API: {@code {id}} and {@code {employeeId}} name the
   * given person, the others a record that may or may not exist.
   */
  static Map<String, String> samples(String personId) {
    Map<String, String> samples = new HashMap<>();
    samples.put("{id}", personId);
    samples.put("{employeeId}", personId);
    samples.put("{attachmentId}", "00000000-0000-0000-0000-000000000000");
    samples.put("{name}", "sample");
    samples.put("{id: \\d+}", "1");
    samples.put("{type}", "DEBT_COLLECTION");
    samples.put("{interventionId}", "1");
    samples.put("{accountId}", "1");
    samples.put("{key}", "sales-customers");
    samples.put("{recordId}", "1");
    samples.put("{collection}", "customers");
    samples.put("{consentId}", "1");
    samples.put("{candidateId}", "1");
    samples.put("{taskId}", "1");
    samples.put("{rootCause}", "GAMBLING");
    samples.put("{view}", "cases");
    return samples;
  }

  /** Every resource method under io.linchpin.web.api, with its HTTP method and full path. */
  static List<Endpoint> endpoints() throws IOException, URISyntaxException, ClassNotFoundException {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Class<?> type : apiClasses()) {
      Path root = type.getAnnotation(Path.class);
      if (root == null) {
        continue;
      }
      for (Method m : type.getDeclaredMethods()) {
        String http = httpMethod(m);
        if (http == null) {
          continue;
        }
        Path sub = m.getAnnotation(Path.class);
        String path = "/" + strip(root.value()) + (sub == null ? "" : "/" + strip(sub.value()));
        Consumes consumes = m.getAnnotation(Consumes.class);
        if (consumes == null) {
          consumes = type.getAnnotation(Consumes.class);
        }
        String mediaType = consumes == null ? "application/json" : consumes.value()[0];
        if (mediaType.equals("*/*")) {
          mediaType = "application/octet-stream";
        }
        endpoints.add(new Endpoint(http, path, mediaType, m));
      }
    }
    assertTrue(endpoints.size() > 20, "reflection found the API: " + endpoints.size());
    return endpoints;
  }

  private static String httpMethod(Method m) {
    Map<Class<? extends Annotation>, String> verbs =
        Map.of(
            GET.class,
            "GET",
            POST.class,
            "POST",
            PUT.class,
            "PUT",
            DELETE.class,
            "DELETE",
            PATCH.class,
            "PATCH");
    for (Map.Entry<Class<? extends Annotation>, String> v : verbs.entrySet()) {
      if (m.isAnnotationPresent(v.getKey())) {
        return v.getValue();
      }
    }
    return null;
  }

  private static String strip(String p) {
    String s = p.startsWith("/") ? p.substring(1) : p;
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  private static List<Class<?>> apiClasses()
      throws IOException, URISyntaxException, ClassNotFoundException {
    java.net.URL location =
        io.linchpin.web.api.LinchpinApi.class.getProtectionDomain().getCodeSource().getLocation();
    java.nio.file.Path source = Paths.get(location.toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(source)) {
      try (Stream<java.nio.file.Path> files = Files.walk(source)) {
        files
            .map(f -> source.relativize(f).toString())
            .filter(n -> n.startsWith("io/linchpin/web/api/") && n.endsWith(".class"))
            .forEach(names::add);
      }
    } else {
      try (JarFile jar = new JarFile(source.toFile())) {
        jar.stream()
            .map(java.util.zip.ZipEntry::getName)
            .filter(n -> n.startsWith("io/linchpin/web/api/") && n.endsWith(".class"))
            .forEach(names::add);
      }
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String n : names) {
      String className = n.substring(0, n.length() - ".class".length()).replace('/', '.');
      classes.add(Class.forName(className, false, AuthorizationMatrixIT.class.getClassLoader()));
    }
    return classes;
  }
}
