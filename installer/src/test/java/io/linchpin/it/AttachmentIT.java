package io.linchpin.it;

import static io.linchpin.it.LinchpinDeployment.BASE;
import static io.linchpin.it.LinchpinDeployment.unique;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Encrypted attachments: type checked by content, sealed on disk, downloads audited, erasable. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttachmentIT {

  private final Api admin = Api.as(BASE, "hr.admin");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return LinchpinDeployment.ear();
  }

  @Test
  void aPdfIsStoredSealedAndComesBackIntact() throws Exception {
    long id = hire();
    String marker = "CONFIDENTIAL-" + unique("M");
    byte[] pdf = ("%PDF-1.7\n% 借款协议\n" + marker + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    Api.Reply stored =
        admin.postRaw(
            "/api/v1/employees/" + id + "/attachments?fileName=..%2F..%2Fetc%2F借款协议.pdf",
            "application/octet-stream",
            pdf);
    assertEquals(201, stored.status(), stored.body());
    JsonNode attachment = stored.json();
    assertEquals("借款协议.pdf", attachment.get("fileName").asText(), "no path survives");
    assertEquals("application/pdf", attachment.get("contentType").asText());
    String attachmentId = attachment.get("id").asText();

    assertEquals(1, admin.get("/api/v1/employees/" + id + "/attachments").json().size());
    byte[] back =
        admin.getBytes(
            "/api/v1/employees/" + id + "/attachments/" + attachmentId + "?purpose=case-7");
    assertArrayEquals(pdf, back);

    Path folder =
        Paths.get(System.getProperty("jboss.home"), "standalone/data/linchpin/attachments");
    byte[] sealed = Files.readAllBytes(folder.resolve(attachmentId));
    assertFalse(
        new String(sealed, StandardCharsets.ISO_8859_1).contains(marker), "no clear text on disk");

    JsonNode audit =
        Api.as(BASE, "auditor")
            .get(
                "/api/v1/audit/entries?objectType=attachment&objectId="
                    + attachmentId
                    + "&operation=READ_SENSITIVE")
            .json();
    assertEquals(1, audit.get("total").asInt(), audit.toString());
    assertEquals("case-7", audit.get("items").get(0).get("purpose").asText());
  }

  @Test
  void filesThatAreNotDocumentsOrImagesAreRefused() {
    long id = hire();
    Api.Reply exe =
        admin.postRaw(
            "/api/v1/employees/" + id + "/attachments?fileName=report.pdf",
            "application/pdf",
            new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});
    assertEquals(400, exe.status(), exe.body());
    assertEquals("file", exe.json().get("errors").get(0).get("field").asText());
    assertEquals(
        403,
        Api.as(BASE, "hr.bp")
            .postRaw(
                "/api/v1/employees/" + id + "/attachments?fileName=a.pdf",
                "application/pdf",
                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))
            .status());
  }

  @Test
  void anErasedPersonsFilesCannotBeOpened() {
    long id = hire();
    Api.Reply stored =
        admin.postRaw(
            "/api/v1/employees/" + id + "/attachments?fileName=id.png",
            "image/png",
            new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3});
    assertEquals(201, stored.status(), stored.body());
    String attachmentId = stored.json().get("id").asText();
    assertEquals(
        200, admin.post("/api/v1/employees/" + id + "/erasure", Map.of("reason", "PIPL")).status());
    Api.Reply gone = admin.get("/api/v1/employees/" + id + "/attachments/" + attachmentId);
    assertEquals(404, gone.status(), gone.body());
    assertTrue(gone.contentType().startsWith("application/problem+json"));
  }

  private long hire() {
    Map<String, Object> body = new HashMap<>();
    body.put("employeeNumber", unique("F"));
    body.put("fullName", "附件测试");
    body.put("hireDate", "2022-03-03");
    Api.Reply reply = admin.post("/api/v1/employees", body);
    assertEquals(201, reply.status(), reply.body());
    return reply.json().get("id").asLong();
  }
}
