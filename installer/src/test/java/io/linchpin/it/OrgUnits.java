package io.linchpin.it;

import static io.linchpin.it.LinchpinDeployment.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

/** Org units made through the API for a test, each with a code no other test uses. */
final class OrgUnits {

  private OrgUnits() {}

  /** A new unit under {@code parent} (null: a new root); its id. */
  static long create(Api admin, String codePrefix, String name, Long parent) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", unique(codePrefix));
    body.put("name", name);
    if (parent != null) {
      body.put("parentId", parent);
    }
    Api.Reply reply = admin.post("/api/v1/org-units", body);
    assertEquals(201, reply.status(), reply.body());
    return reply.json().get("id").asLong();
  }
}
