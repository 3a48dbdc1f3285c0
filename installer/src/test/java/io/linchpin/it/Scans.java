package io.linchpin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Scans started and awaited the way HR does: new data starts incremental scans by itself, and a
 * scan asked for while another runs is refused, so these helpers wait their turn.
 */
final class Scans {

  private static final long TWO_MINUTES = 120_000_000_000L;

  private Scans() {}

  /** Starts a full scan, waiting for a running one to finish first; returns it completed. */
  static JsonNode run(Api admin) throws InterruptedException {
    long deadline = System.nanoTime() + TWO_MINUTES;
    Api.Reply started = admin.post("/api/v1/monitoring/scans", Map.of());
    while (started.status() == 409 && System.nanoTime() < deadline) {
      idle(admin);
      started = admin.post("/api/v1/monitoring/scans", Map.of());
    }
    assertEquals(202, started.status(), started.body());
    return await(admin, started.json().get("id").asLong());
  }

  /** Waits for a scan to end; returns it, which must have completed. */
  static JsonNode await(Api admin, long id) throws InterruptedException {
    String location = "/api/v1/monitoring/scans/" + id;
    long deadline = System.nanoTime() + TWO_MINUTES;
    while (System.nanoTime() < deadline) {
      JsonNode s = admin.get(location).json();
      if (!s.get("status").asText().equals("RUNNING")) {
        assertEquals("COMPLETED", s.get("status").asText(), s.toString());
        return s;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("scan " + id + " did not end");
  }

  /** Waits until no scan runs. */
  static void idle(Api admin) throws InterruptedException {
    long deadline = System.nanoTime() + TWO_MINUTES;
    while (System.nanoTime() < deadline) {
      boolean running = false;
      for (JsonNode s : admin.get("/api/v1/monitoring/scans").json()) {
        running |= s.get("status").asText().equals("RUNNING");
      }
      if (!running) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("a scan is still running");
  }
}
