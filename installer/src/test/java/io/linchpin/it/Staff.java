package io.linchpin.it;

import static io.linchpin.it.LinchpinDeployment.BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

/** People and accounts for a test, through the API and Keycloak: hire, assign, sign in. */
final class Staff {

  private Staff() {}

  /** Hires a person into the unit; answers their employee id. */
  static long hire(Api admin, String employeeNumber, String fullName, long orgUnitId) {
    Map<String, Object> hire = new HashMap<>();
    hire.put("employeeNumber", employeeNumber);
    hire.put("fullName", fullName);
    hire.put("hireDate", "2019-03-01");
    hire.put("orgUnitId", orgUnitId);
    Api.Reply hired = admin.post("/api/v1/employees", hire);
    assertEquals(201, hired.status(), hired.body());
    return hired.json().get("id").asLong();
  }

  /** Makes the employee the HR business partner of the unit. */
  static void partnerOf(Api admin, long orgUnitId, long employeeId) {
    Api.Reply assigned =
        admin.put("/api/v1/org-units/" + orgUnitId + "/hr-partners/" + employeeId, Map.of());
    assertEquals(200, assigned.status(), assigned.body());
  }

  /**
   * Creates a Keycloak account with the role (and the employee number, if any) and signs it in
   * once, so that Linchpin knows it.
   */
  static Api account(String username, String employeeNumber, String role) {
    KeycloakAdmin.get().createUser(username, employeeNumber, role);
    Api api = Api.as(BASE, username);
    Api.Reply first = api.get("/api/v1/me/notifications");
    assertEquals(true, first.status() < 500, first.body());
    return api;
  }
}
