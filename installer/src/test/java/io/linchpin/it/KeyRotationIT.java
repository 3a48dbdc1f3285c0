package io.linchpin.it;

import static io.linchpin.it.LinchpinDeployment.BASE;
import static io.linchpin.it.LinchpinDeployment.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.linchpin.vault.infrastructure.KeyStoreFiles;
import io.linchpin.vault.infrastructure.Sealing;
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

  @Test
  void dataKeysRotateWhileReadsRunAndTheOlderKeysLeaveOnceNoDataNeedsThem() throws Exception {
    Map<Long, String[]> people = new HashMap<>();
    Map<Long, String> numbers = new HashMap<>();
    for (int i = 0; i < 12; i++) {
      String number = unique("DK");
      String[] values = {Imports.residentId(), "6222" + (10_000_000 + i), (20_000 + i) + ".00"};
      Map<String, Object> body = new HashMap<>();
      body.put("employeeNumber", number);
      body.put("fullName", "换钥测试" + i);
      body.put("hireDate", "2022-03-01");
      body.put("nationalId", values[0]);
      body.put("bankAccount", values[1]);
      body.put("baseSalary", new java.math.BigDecimal(values[2]));
      Api.Reply reply = admin.post("/api/v1/employees", body);
      assertEquals(201, reply.status(), reply.body());
      people.put(reply.json().get("id").asLong(), values);
      numbers.put(reply.json().get("id").asLong(), number);
    }
    long withFile = people.keySet().iterator().next();
    byte[] pdf =
        ("%PDF-1.7\n% 借款协议\n" + unique("F") + "\n%%EOF\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Api.Reply stored =
        admin.postRaw(
            "/api/v1/employees/" + withFile + "/attachments?fileName=loan.pdf",
            "application/octet-stream",
            pdf);
    assertEquals(201, stored.status(), stored.body());
    String file =
        "/api/v1/employees/" + withFile + "/attachments/" + stored.json().get("id").asText();
    String summary = "债务催收：" + unique("S");
    Map<String, Object> intake = new HashMap<>();
    intake.put("type", "DEBT_COLLECTION");
    intake.put("employeeId", withFile);
    intake.put("severity", "HIGH");
    intake.put("summary", summary);
    Api.Reply opened = admin.post("/api/v1/cases", intake);
    assertEquals(201, opened.status(), opened.body());
    long caseId = opened.json().get("id").asLong();
    Map<Long, Integer> keyBefore = new HashMap<>();
    for (Map.Entry<Long, String> e : numbers.entrySet()) {
      keyBefore.put(e.getKey(), sealedKeyIds(e.getValue()).iterator().next());
    }

    List<Long> ids = new ArrayList<>(people.keySet());
    AtomicBoolean reading = new AtomicBoolean(true);
    AtomicInteger reads = new AtomicInteger();
    List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Thread> readers = new ArrayList<>();
    for (int t = 0; t < 3; t++) {
      int reader = t;
      Thread thread =
          new Thread(
              () -> {
                while (reading.get()) {
                  if (reader == 0) {
                    if (!java.util.Arrays.equals(pdf, admin.getBytes(file + "?purpose=rotation"))) {
                      failures.add("the attachment changed");
                    }
                  } else {
                    long id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
                    Api.Reply r = admin.get("/api/v1/employees/" + id);
                    String[] v = people.get(id);
                    if (r.status() != 200
                        || !v[0].equals(r.json().get("nationalId").asText())
                        || !v[1].equals(r.json().get("bankAccount").asText())) {
                      failures.add(r.status() + " " + r.body());
                    }
                  }
                  reads.incrementAndGet();
                }
              });
      thread.start();
      readers.add(thread);
    }
    Thread.sleep(500);

    Api.Reply started = it.post("/api/v1/admin/keys/data-keys/rotation", Map.of());
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (started.status() == 409 && System.nanoTime() < deadline) {
      Thread.sleep(500); // a rotation started by another test is still running
      started = it.post("/api/v1/admin/keys/data-keys/rotation", Map.of());
    }
    assertEquals(202, started.status(), started.body());
    assertTrue(started.json().get("due").asLong() >= 0, started.body());
    assertEquals(403, admin.post("/api/v1/admin/keys/data-keys/rotation", Map.of()).status());

    JsonNode rotation;
    do {
      Thread.sleep(500);
      rotation = it.get("/api/v1/admin/keys").json().get("dataKeyRotation");
    } while ((rotation.get("rotating").asBoolean()
            || rotation.get("due").asLong() > 0
            || rotation.get("withOlderKeys").asLong() > 0)
        && System.nanoTime() < deadline);
    reading.set(false);
    for (Thread reader : readers) {
      reader.join();
    }

    assertEquals(List.of(), failures.subList(0, Math.min(5, failures.size())));
    assertTrue(reads.get() > 20, "reads ran during the rotation: " + reads.get());
    assertEquals(0, rotation.get("due").asLong(), rotation.toString());
    assertEquals(0, rotation.get("withOlderKeys").asLong(), rotation.toString());
    assertFalse(rotation.get("lastRotatedAt").isNull(), rotation.toString());
    try (java.sql.Connection c = LinchpinDeployment.database();
        java.sql.PreparedStatement p =
            c.prepareStatement("select key_count, rotated_at from subject_key where subject = ?")) {
      for (Map.Entry<Long, String> e : numbers.entrySet()) {
        java.util.Set<Integer> keys = sealedKeyIds(e.getValue());
        assertEquals(1, keys.size(), "every value of a person under one key: " + keys);
        assertNotEquals(keyBefore.get(e.getKey()), keys.iterator().next(), "a new key");
        p.setString(1, e.getValue());
        try (java.sql.ResultSet rs = p.executeQuery()) {
          assertTrue(rs.next());
          assertEquals(1, rs.getInt(1), "the older key left the keyset");
          assertTrue(rs.getTimestamp(2) != null);
        }
      }
    }
    for (Map.Entry<Long, String[]> e : people.entrySet()) {
      JsonNode read = admin.get("/api/v1/employees/" + e.getKey()).json();
      assertEquals(e.getValue()[0], read.get("nationalId").asText());
      assertEquals(e.getValue()[1], read.get("bankAccount").asText());
      assertEquals(
          0,
          new java.math.BigDecimal(e.getValue()[2])
              .compareTo(read.get("baseSalary").decimalValue()),
          read.toString());
    }
    assertTrue(java.util.Arrays.equals(pdf, admin.getBytes(file + "?purpose=rotation")));
    assertEquals(summary, admin.get("/api/v1/cases/" + caseId).json().get("summary").asText());
    try (java.sql.Connection c = LinchpinDeployment.database();
        java.sql.PreparedStatement p =
            c.prepareStatement("select summary from case_file where id = ?")) {
      p.setLong(1, caseId);
      try (java.sql.ResultSet rs = p.executeQuery()) {
        assertTrue(rs.next());
        assertEquals(
            sealedKeyIds(numbers.get(withFile)),
            java.util.Set.of(Sealing.keyId(rs.getString(1))),
            "the case of the person is sealed with their new key too");
      }
    }
    JsonNode audit =
        Api.as(BASE, "auditor")
            .get("/api/v1/audit/entries?objectType=keystore&objectId=data-keys")
            .json();
    assertTrue(audit.get("total").asLong() >= 1, audit.toString());
  }

  /** The ids of the keys that sealed a person's national ID, bank account and salary. */
  private static java.util.Set<Integer> sealedKeyIds(String employeeNumber) throws Exception {
    java.util.Set<Integer> ids = new java.util.HashSet<>();
    try (java.sql.Connection c = LinchpinDeployment.database();
        java.sql.PreparedStatement p =
            c.prepareStatement(
                "select national_id, bank_account, base_salary from employee"
                    + " where employee_number = ?")) {
      p.setString(1, employeeNumber);
      try (java.sql.ResultSet rs = p.executeQuery()) {
        assertTrue(rs.next());
        for (int i = 1; i <= 3; i++) {
          ids.add(Sealing.keyId(rs.getString(i)));
        }
      }
    }
    return ids;
  }
}
