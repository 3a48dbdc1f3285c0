package io.linchpin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Steps of cases in a user's inbox, through the API: find one and complete it. */
final class Tasks {

  private Tasks() {}

  /** The id of the step of the case that the user's inbox offers. */
  static String offered(Api api, long caseId, String step) {
    Api.Reply inbox = api.get("/api/v1/tasks");
    assertEquals(200, inbox.status(), inbox.body());
    for (JsonNode t : inbox.json()) {
      if (t.get("caseId").asLong() == caseId && step.equals(t.get("step").asText())) {
        return t.get("id").asText();
      }
    }
    throw new AssertionError(step + " of case " + caseId + " is not in the inbox: " + inbox.body());
  }

  /** Completes the step with the values of its form; answers the case as it now stands. */
  static JsonNode complete(Api api, String task, Map<String, Object> values) {
    Api.Reply done = api.post("/api/v1/tasks/" + task + "/complete", Map.of("values", values));
    assertEquals(200, done.status(), done.body());
    return done.json();
  }
}
