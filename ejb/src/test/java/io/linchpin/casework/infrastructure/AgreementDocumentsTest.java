package io.linchpin.casework.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.linchpin.casework.domain.Agreement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** Both printed forms of an agreement carry the same words: parties, terms, signatures. */
class AgreementDocumentsTest {

  private final Agreement agreement =
      new Agreement(
          "救助借款补充协议",
          "公司向乙方提供免息借款三万元。\n\n  乙方分十二个月归还。  ",
          "王芳",
          "E10042",
          "平台组",
          LocalDate.of(2026, 12, 1));

  @Test
  void thePdfHasTheTermsInAnEmbeddedChineseFont() throws Exception {
    byte[] pdf = new AgreementDocuments().render(agreement, Agreement.Format.PDF);
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
    for (String expected :
        new String[] {
          "救助借款补充协议", "王芳", "E10042", "平台组", "公司向乙方提供免息借款三万元。", "乙方分十二个月归还。", "日期：2026-12-01"
        }) {
      assertTrue(text.contains(expected), expected + " in " + text);
    }
    assertTrue(pdf.length < 300_000, "a font subset, not the whole font: " + pdf.length);
  }

  @Test
  void theWordDocumentHasTheSameParagraphs() throws Exception {
    byte[] docx = new AgreementDocuments().render(agreement, Agreement.Format.DOCX);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      var paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertEquals("救助借款补充协议", paragraphs.get(0));
      assertTrue(paragraphs.containsAll(agreement.body()), paragraphs.toString());
      assertTrue(paragraphs.containsAll(agreement.signatures()), paragraphs.toString());
      assertTrue(paragraphs.contains("乙方分十二个月归还。"), "terms are stripped, blank lines dropped");
    }
  }

  @Test
  void formatsAreNamedInAnyCase() {
    assertEquals(Agreement.Format.PDF, Agreement.Format.of(" Pdf "));
    assertEquals(Agreement.Format.DOCX, Agreement.Format.of("docx"));
    assertNull(Agreement.Format.of("rtf"));
    assertNull(Agreement.Format.of(null));
  }
}
