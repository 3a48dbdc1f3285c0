package io.linchpin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.linchpin.shared.ResidentIdNumber;
import java.util.Set;

/** Helpers for import tests: valid test data and waiting for a job to end. */
final class Imports {

  private static final Set<String> ENDED = Set.of("COMPLETED", "REJECTED", "FAILED");

  private Imports() {}

  /** A valid resident ID number no earlier test run is likely to have used. */
  static String residentId() {
    java.util.concurrent.ThreadLocalRandom random =
        java.util.concurrent.ThreadLocalRandom.current();
    java.time.LocalDate birth = java.time.LocalDate.of(1960, 1, 1).plusDays(random.nextInt(15_000));
    String first17 =
        String.format(
            "%06d%s%03d",
            110101 + random.nextInt(90) * 100,
            birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE),
            random.nextInt(1000));
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }

  /** Uploads a file and returns the import's location. */
  static String submit(Api api, String fileName, String contentType, byte[] file, String query) {
    Api.Reply reply =
        api.postRaw(
            "/api/v1/imports/employees?fileName=" + fileName + (query == null ? "" : "&" + query),
            contentType,
            file);
    assertEquals(202, reply.status(), reply.body());
    return "/api/v1/imports/" + reply.json().get("id").asLong();
  }

  /** Uploads a file of another kind ({@code org-units}) and returns the import's location. */
  static String submitTo(Api api, String kind, String fileName, byte[] file) {
    Api.Reply reply =
        api.postRaw("/api/v1/imports/" + kind + "?fileName=" + fileName, "text/csv", file);
    assertEquals(202, reply.status(), reply.body());
    return "/api/v1/imports/" + reply.json().get("id").asLong();
  }

  /** Polls until the import has ended; returns its final state. */
  static JsonNode await(Api api, String location) {
    long deadline = System.nanoTime() + 180_000_000_000L;
    while (System.nanoTime() < deadline) {
      JsonNode state = api.get(location).json();
      if (ENDED.contains(state.get("status").asText())) {
        return state;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("import " + location + " did not end in time");
  }
}
