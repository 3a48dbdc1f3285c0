package io.linchpin.it;

import static io.linchpin.it.LinchpinDeployment.BASE;
import static io.linchpin.it.LinchpinDeployment.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.linchpin.it.AuthorizationMatrixIT.Endpoint;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * Every API method, found by reflection as the authorization matrix finds it, called as a
 * privileged role (HR admin) and an unprivileged one (an employee) with malformed bodies, bodies of
 * the wrong shape, every field of the body's record given a value of the wrong type, odd path
 * parameters and odd query parameters (overflowing, negative, impossible dates, huge and odd
 * Unicode). No answer may be a 5xx, and every 4xx must be a problem document; a 400 or 413 names
 * the field. Only refused input is sent: nothing here can change what other tests see.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputFuzzIT {

  /** Values no query or path parameter of Linchpin takes as valid. */
  private static final List<String> ODD =
      List.of(
          "-1",
          "2147483648",
          "99999999999999999999999",
          "1e400",
          "NaN",
          "2024-13-45",
          "0000-00-00",
          "9999-99-99T99:99:99Z",
          "\u202Eevil\u0000",
          "🙂".repeat(300),
          // Longer addresses are cut by proxies anyway; at 20,000 characters the test client's
          // HTTP/2 upgrade, not the server, drops the call.
          "x".repeat(6_000),
          "%",
          "' or 1=1 --",
          "../../etc/passwd");

  private static final List<String> MALFORMED =
      List.of("{", "[", "nul", "{\"a\":}", "{\"a\" 1}", "[".repeat(5_000), "\"\\ud800\"");

  private static final List<String> WRONG_SHAPE = List.of("[]", "\"text\"", "42", "true");

  private final Map<String, Api> callers = new LinkedHashMap<>();
  private final Map<String, String> samples = new HashMap<>();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return LinchpinDeployment.ear();
  }

  @BeforeAll
  void aPrivilegedAndAnUnprivilegedCallerAndARecordToAimAt() {
    Api admin = Api.as(BASE, "hr.admin");
    callers.put("hr-admin", admin);
    String employee = "fuzz-" + unique("").toLowerCase(java.util.Locale.ROOT);
    KeycloakAdmin.get().createUser(employee, null, "employee");
    callers.put("employee", Api.as(BASE, employee));
    long unit = OrgUnits.create(admin, "FZ", "模糊" + unique(""), null);
    Map<String, Object> hire = new HashMap<>();
    hire.put("employeeNumber", unique("FZ"));
    hire.put("fullName", "模糊测试");
    hire.put("hireDate", "2020-01-01");
    hire.put("orgUnitId", unit);
    Api.Reply hired = admin.post("/api/v1/employees", hire);
    assertEquals(201, hired.status(), hired.body());
    String id = hired.json().get("id").asText();
    samples.putAll(AuthorizationMatrixIT.samples(id));
  }

  @Test
  void noInputReachesA5xxAndEveryRefusalIsAProblemNamingTheField() throws Exception {
    List<String> wrong = new ArrayList<>();
    int calls = 0;
    for (Endpoint e : AuthorizationMatrixIT.endpoints()) {
      if ("DELETE".equals(e.method())) {
        continue; // nothing is deleted here; DELETE shares its paths with other methods
      }
      for (Map.Entry<String, Api> caller : callers.entrySet()) {
        for (Attempt a : attempts(e)) {
          calls++;
          String problem;
          try {
            problem = judge(send(caller.getValue(), e, a));
          } catch (AssertionError dropped) {
            problem = "no answer: " + shorten(dropped.getMessage());
          }
          if (problem != null) {
            wrong.add(
                e.method()
                    + " "
                    + a.url()
                    + " as "
                    + caller.getKey()
                    + " with "
                    + a.what()
                    + ": "
                    + problem);
          }
        }
      }
    }
    if (!wrong.isEmpty()) {
      fail(wrong.size() + " of " + calls + " calls:\n" + String.join("\n", wrong));
    }
  }

  /** Why the answer is wrong, or null when it is right. */
  private static String judge(Api.Reply reply) {
    int status = reply.status();
    if (status >= 500) {
      return status + " " + shorten(reply.body());
    }
    if (status < 400) {
      return null;
    }
    if (reply.contentType() == null
        || !reply.contentType().startsWith("application/problem+json")) {
      return status + " without a problem document: " + shorten(reply.body());
    }
    if (status == 400 || status == 413) {
      JsonNode errors = reply.json().get("errors");
      if (errors == null || errors.isEmpty() || errors.get(0).get("field").asText().isBlank()) {
        return status + " naming no field: " + shorten(reply.body());
      }
    }
    return null;
  }

  private record Attempt(String what, String url, String body) {}

  private List<Attempt> attempts(Endpoint e) {
    List<Attempt> attempts = new ArrayList<>();
    String url = concrete(e.path());
    for (String path : pathVariants(e.path())) {
      attempts.add(new Attempt("an odd path parameter", path, validBody(e)));
    }
    for (Parameter p : e.target().getParameters()) {
      QueryParam q = p.getAnnotation(QueryParam.class);
      if (q != null && "GET".equals(e.method())) {
        for (String odd : ODD) {
          attempts.add(
              new Attempt(
                  "query " + q.value() + "=" + shorten(odd),
                  url + (url.contains("?") ? "&" : "?") + q.value() + "=" + encode(odd),
                  validBody(e)));
        }
      }
    }
    if (isJsonBody(e)) {
      for (String body : MALFORMED) {
        attempts.add(new Attempt("malformed JSON " + shorten(body), url, body));
      }
      for (String body : WRONG_SHAPE) {
        attempts.add(new Attempt("a body of the wrong shape " + body, url, body));
      }
      Class<?> type = bodyType(e);
      if (type != null && type.isRecord()) {
        for (RecordComponent c : type.getRecordComponents()) {
          for (String value : wrongTypes(c.getType())) {
            attempts.add(
                new Attempt(
                    "field " + c.getName() + "=" + shorten(value),
                    url,
                    "{\"" + c.getName() + "\": " + value + "}"));
          }
        }
      }
    }
    return attempts;
  }

  /**
   * JSON values of a type the component cannot take, and of its type but out of the ordinary: huge
   * and odd Unicode texts, negative numbers.
   */
  private static List<String> wrongTypes(Class<?> type) {
    if (type == String.class) {
      return List.of(
          "{\"a\": 1}",
          "[1, 2]",
          "\"" + "界".repeat(100_000) + "\"",
          "\"\\u0000\\u202e\\ud83d\\ude00\\ud800 a\\u0301\\uffff\"",
          "\"   \"");
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return List.of(
          "\"many\"",
          "99999999999999999999999999",
          "1e400",
          "{}",
          "-1",
          "-99999999999",
          "0.000001");
    }
    if (type == Boolean.class || type == boolean.class) {
      return List.of("\"perhaps\"", "[]");
    }
    if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
      return List.of("\"2024-02-30\"", "\"+999999999-12-31\"", "12");
    }
    if (List.class.isAssignableFrom(type) || java.util.Collection.class.isAssignableFrom(type)) {
      return List.of("\"one\"", "{\"a\": 1}");
    }
    return List.of("\"text\"", "42");
  }

  /**
   * The entity parameter: the one no JAX-RS annotation binds to a path, query, header or context.
   */
  private static Class<?> bodyType(Endpoint e) {
    for (Parameter p : e.target().getParameters()) {
      boolean bound = false;
      for (Annotation a : p.getAnnotations()) {
        bound |= a.annotationType().getPackageName().startsWith("jakarta.ws.rs");
      }
      if (!bound) {
        return p.getType();
      }
    }
    return null;
  }

  private static boolean isJsonBody(Endpoint e) {
    return ("POST".equals(e.method()) || "PUT".equals(e.method()))
        && e.consumes().contains("json")
        && bodyType(e) != null;
  }

  private static String validBody(Endpoint e) {
    return isJsonBody(e) ? "{}" : null;
  }

  private List<String> pathVariants(String path) {
    List<String> urls = new ArrayList<>();
    if (!path.contains("{")) {
      return urls;
    }
    for (String odd : List.of("-1", "0", "99999999999999999999", "abc", "%F0%9F%99%82")) {
      urls.add("/api/v1" + path.replaceAll("\\{[^}]+\\}", odd));
    }
    return urls;
  }

  private String concrete(String path) {
    String url = path;
    for (Map.Entry<String, String> s : samples.entrySet()) {
      url = url.replace(s.getKey(), s.getValue());
    }
    return "/api/v1" + url.replaceAll("\\{[^}]+\\}", "1");
  }

  private static Api.Reply send(Api api, Endpoint e, Attempt a) {
    return switch (e.method()) {
      case "GET" -> api.get(a.url());
      default ->
          a.body() == null
              ? api.send(e.method(), a.url(), e.consumes(), new byte[0])
              : api.send(
                  e.method(),
                  a.url(),
                  "application/json",
                  a.body().getBytes(StandardCharsets.UTF_8));
    };
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String shorten(String s) {
    if (s == null) {
      return "";
    }
    return s.length() > 160 ? s.substring(0, 160) + "…" : s;
  }
}
