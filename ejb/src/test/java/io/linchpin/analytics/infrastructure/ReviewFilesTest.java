package io.linchpin.analytics.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.linchpin.analytics.application.ReviewDocument;
import io.linchpin.analytics.application.ReviewDocument.Table;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReviewFilesTest {

  private static final ReviewDocument DOCUMENT =
      new ReviewDocument(
          "根本原因 Root causes",
          "期间 Period: 2026-01-01 – 2026-06-30 · 部门 Unit: 研发中心",
          List.of(
              new Table(
                  "根本原因 Root causes",
                  List.of("根本原因 Root cause", "案件 Cases", "占比 Share"),
                  List.of(
                      Arrays.asList("FAMILY_EMERGENCY", 4L, 0.6667),
                      Arrays.asList("GAMBLING", ReviewDocument.WITHHELD, null))),
              new Table("趋势 Trend", List.of("月份 Month"), List.of())));

  private final ReviewFiles files = new ReviewFiles();

  @Test
  void theWorkbookHasASheetPerTableWithNumbersAsNumbers() throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(files.workbook(DOCUMENT)))) {
      assertEquals(2, book.getNumberOfSheets());
      Sheet sheet = book.getSheet("根本原因 Root causes");
      assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().contains("研发中心"));
      assertEquals("案件 Cases", sheet.getRow(1).getCell(1).getStringCellValue());
      assertEquals(4, sheet.getRow(2).getCell(1).getNumericCellValue());
      assertEquals(0.6667, sheet.getRow(2).getCell(2).getNumericCellValue());
      assertEquals(ReviewDocument.WITHHELD, sheet.getRow(3).getCell(1).getStringCellValue());
    }
  }

  @Test
  void thePdfPrintsTheChineseTextAndTheSameNumbers() throws Exception {
    byte[] pdf = files.pdf(DOCUMENT);
    String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
    assertTrue(text.contains("研发中心"), text);
    assertTrue(text.contains("根本原因"), text);
    assertTrue(text.contains("FAMILY_EMERGENCY"), text);
    assertTrue(text.contains("0.6667"), text);
    assertTrue(text.contains("少于5人"), text);
    assertTrue(text.contains("nothing in this period"), "an empty table says so: " + text);
  }

  @Test
  void numbersReadAsOnScreen() {
    assertEquals("4", ReviewDocument.cell(4L));
    assertEquals("12", ReviewDocument.cell(12.0));
    assertEquals("0.25", ReviewDocument.cell(0.25));
    assertEquals("27500", ReviewDocument.cell(new java.math.BigDecimal("27500.00")));
    assertEquals("", ReviewDocument.cell(null));
  }
}
