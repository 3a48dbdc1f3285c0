package io.linchpin.it;

import static io.linchpin.it.LinchpinDeployment.BASE;
import static io.linchpin.it.LinchpinDeployment.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.linchpin.vault.infrastructure.KeyStoreFiles;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Rotating the key-encryption key while the API serves reads of sensitive data. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeyRotationIT {

  private final Api admin = Api.as(BASE, "hr.admin");
  private final Api it = Api.as(BASE, "it.admin");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return LinchpinDeployment.ear();
  }

  @Test
  void everyReadSucceedsDuringRotationAndNoDataKeyUsesTheOldKeyAfterwards() throws Exception {
    Map<Long, String> nationalIds = new HashMap<>();
    for (int i = 0; i < 20; i++) {
      String nationalId = Imports.residentId();
      Map<String, Object> body = new HashMap<>();
      body.put("employeeNumber", unique("K"));
      body.put("fullName", "轮换测试" + i);
      body.put("hireDate", "2021-01-01");
      body.put("nationalId", nationalId);
      Api.Reply reply = admin.post("/api/v1/employees", body);
      assertEquals(201, reply.status(), reply.body());
      nationalIds.put(reply.json().get("id").asLong(), nationalId);
    }
    String before = it.get("/api/v1/admin/keys").json().get("activeKek").asText();

    List<Long> ids = new ArrayList<>(nationalIds.keySet());
    AtomicBoolean reading = new AtomicBoolean(true);
    AtomicInteger reads = new AtomicInteger();
    List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Thread> readers = new ArrayList<>();
    for (int t = 0; t < 3; t++) {
      Thread reader =
          new Thread(
              () -> {
                while (reading.get()) {
                  long id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
                  Api.Reply r = admin.get("/api/v1/employees/" + id);
                  if (r.status() != 200
                      || !nationalIds.get(id).equals(r.json().get("nationalId").asText())) {
                    failures.add(r.status() + " " + r.body());
                  }
                  reads.incrementAndGet();
                }
              });
      reader.start();
      readers.add(reader);
    }
    Thread.sleep(500);

    String rotated =
        KeyStoreFiles.rotate(
            Paths.get(System.getProperty("test.keystore")),
            Paths.get(System.getProperty("test.keystore.password")));
    JsonNode reloaded = it.post("/api/v1/admin/keys/reload", Map.of()).json();
    assertEquals(rotated, reloaded.get("activeKek").asText(), reloaded.toString());
    assertNotEquals(before, rotated);

    JsonNode status;
    long deadline = System.nanoTime() + 120_000_000_000L;
    do {
      Thread.sleep(300);
      status = it.get("/api/v1/admin/keys").json();
    } while ((status.get("rewrapping").asBoolean()
            || status.get("dataKeysByKek").size() != 1
            || !status.get("dataKeysByKek").has(rotated))
        && System.nanoTime() < deadline);
    reading.set(false);
    for (Thread reader : readers) {
      reader.join();
    }

    assertEquals(List.of(), failures.subList(0, Math.min(5, failures.size())));
    assertTrue(reads.get() > 20, "reads ran during the rotation: " + reads.get());
    assertEquals(1, status.get("dataKeysByKek").size(), status.toString());
    assertTrue(status.get("dataKeysByKek").has(rotated), status.toString());
    for (Map.Entry<Long, String> e : nationalIds.entrySet()) {
      assertEquals(
          e.getValue(),
          admin.get("/api/v1/employees/" + e.getKey()).json().get("nationalId").asText());
    }
    assertEquals(403, admin.get("/api/v1/admin/keys").status(), "keys are for IT admins only");

    // The old key wraps nothing any more: it can leave the keystore, and the data stays readable.
    JsonNode retirement = it.post("/api/v1/admin/keys/retirement", Map.of()).json();
    assertTrue(retirement.get("retired").toString().contains(before), retirement.toString());
    assertFalse(retirement.get("status").get("keys").toString().contains("\"" + before + "\""));
    java.security.KeyStore onDisk = java.security.KeyStore.getInstance("PKCS12");
    char[] password =
        java.nio.file.Files.readString(Paths.get(System.getProperty("test.keystore.password")))
            .trim()
            .toCharArray();
    try (var in =
        java.nio.file.Files.newInputStream(Paths.get(System.getProperty("test.keystore")))) {
      onDisk.load(in, password);
    }
    assertFalse(onDisk.containsAlias(before), "the retired key is gone from the keystore file");
    assertTrue(onDisk.containsAlias(rotated));
    for (Map.Entry<Long, String> e : nationalIds.entrySet()) {
      assertEquals(
          e.getValue(),
          admin.get("/api/v1/employees/" + e.getKey()).json().get("nationalId").asText());
    }
    JsonNode again = it.post("/api/v1/admin/keys/retirement", Map.of()).json();
    assertEquals(0, again.get("retired").size(), "nothing left to retire: " + again);
    assertEquals(403, admin.post("/api/v1/admin/keys/retirement", Map.of()).status());
  }
}
