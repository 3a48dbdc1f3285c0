package io.linchpin.corerole.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.linchpin.corerole.domain.Criterion;
import io.linchpin.corerole.domain.DimensionScores;
import io.linchpin.corerole.domain.Range;
import io.linchpin.corerole.domain.RiskReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report renders Chinese with an embedded subset of a CJK font. */
class PdfRiskReportsTest {

  @Test
  void chineseTextIsRenderedWithAnEmbeddedCjkFont() throws Exception {
    RiskReport report =
        new RiskReport(
            "张伟",
            "E10009",
            "上海销售部",
            "大客户经理",
            LocalDate.of(2026, 12, 1),
            "hr.bp",
            new DimensionScores(
                new BigDecimal("90.0"), new BigDecimal("73.3"), new BigDecimal("100.0")),
            new BigDecimal("86.7"),
            true,
            60,
            List.of(new RiskReport.Rated(Criterion.CUSTOMER_ACCOUNTS, 5, "名下客户贡献全年销售额的30%")),
            List.of(
                new RiskReport.Cost(
                    "total",
                    Range.of("3000000", "5400000", "7500000"),
                    "revenue at risk + replacement cost")),
            List.of(
                new RiskReport.Customer(
                    "华东电气",
                    7,
                    new BigDecimal("3000000"),
                    Range.of("0.10", "0.18", "0.25"),
                    Range.of("300000", "540000", "750000"))),
            List.of(),
            List.of());
    byte[] pdf = new PdfRiskReports().render(report);
    assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    PdfReader reader = new PdfReader(pdf);
    String text = new PdfTextExtractor(reader).getTextFromPage(1);
    assertTrue(text.contains("核心人才风险评估报告"), text);
    assertTrue(text.contains("名下客户贡献全年销售额的30%"), text);
    assertTrue(text.contains("5,400,000"), text);
    boolean embedded = false;
    for (int i = 1; i < reader.getXrefSize(); i++) {
      if (reader.getPdfObject(i) instanceof PdfDictionary d
          && PdfName.FONTDESCRIPTOR.equals(d.get(PdfName.TYPE))) {
        String name = String.valueOf(d.get(PdfName.FONTNAME));
        embedded |= name.matches("/[A-Z]{6}\\+.*") && d.get(PdfName.FONTFILE2) != null;
      }
    }
    assertTrue(embedded, "a subset of the CJK font is embedded");
    assertTrue(pdf.length < 400_000, "a subset, not the whole font: " + pdf.length + " bytes");
  }
}
