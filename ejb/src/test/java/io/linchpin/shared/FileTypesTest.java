package io.linchpin.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileTypesTest {

  @Test
  void judgesByContentNotByName() {
    assertEquals(
        "application/pdf",
        FileTypes.detect("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "x.png").orElseThrow());
    assertEquals(
        "image/jpeg",
        FileTypes.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}, "x").orElseThrow());
    assertTrue(FileTypes.detect(new byte[] {'M', 'Z', 0, 0}, "report.pdf").isEmpty());
  }

  @Test
  void officeDocumentsAreZipFilesWithTheirExtension() {
    byte[] zip = {'P', 'K', 3, 4, 20, 0};
    assertTrue(FileTypes.detect(zip, "合同.DOCX").orElseThrow().contains("wordprocessingml"));
    assertTrue(FileTypes.detect(zip, "archive.zip").isEmpty(), "plain ZIP archives are refused");
  }

  @Test
  void namesLoseTheirPathAndControlCharacters() {
    assertEquals("借款协议.pdf", FileTypes.safeName("../../etc/借款协议.pdf"));
    assertEquals("a.pdf", FileTypes.safeName("C:\\temp\\a.pdf"));
    assertEquals("ab.pdf", FileTypes.safeName("a\u0000b\n.pdf"));
    assertEquals("attachment", FileTypes.safeName(".."));
  }
}
