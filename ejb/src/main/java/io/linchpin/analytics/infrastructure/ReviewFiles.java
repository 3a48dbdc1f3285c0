package io.linchpin.analytics.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.linchpin.analytics.application.ReviewDocument;
import io.linchpin.analytics.application.ReviewDocument.Table;
import io.linchpin.analytics.application.ReviewExports;
import io.linchpin.shared.infrastructure.PdfFonts;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Review views as files: an Excel workbook (Apache POI) with a sheet per table and the scope on top
 * of each, numbers as numbers; or a landscape A4 PDF (OpenPDF) with the tables one after another
 * and a subset of the Chinese print font embedded.
 */
@ApplicationScoped
public class ReviewFiles implements ReviewExports {

  private static final Color HEADER = new Color(0xE8, 0xEC, 0xF1);

  @Override
  public byte[] workbook(ReviewDocument document) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      org.apache.poi.ss.usermodel.Font font = workbook.createFont();
      font.setBold(true);
      CellStyle bold = workbook.createCellStyle();
      bold.setFont(font);
      for (Table table : document.tables()) {
        Sheet sheet = workbook.createSheet(table.name());
        sheet.createRow(0).createCell(0).setCellValue(document.scope());
        Row header = sheet.createRow(1);
        for (int i = 0; i < table.headers().size(); i++) {
          Cell cell = header.createCell(i);
          cell.setCellValue(table.headers().get(i));
          cell.setCellStyle(bold);
          sheet.setColumnWidth(i, 18 * 256);
        }
        for (List<Object> cells : table.rows()) {
          Row row = sheet.createRow(sheet.getLastRowNum() + 1);
          for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            Cell cell = row.createCell(i);
            if (value instanceof Number n) {
              cell.setCellValue(n.doubleValue());
            } else if (value != null) {
              cell.setCellValue(value.toString());
            }
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("the workbook could not be written", e);
    }
  }

  @Override
  public byte[] pdf(ReviewDocument document) {
    BaseFont base = PdfFonts.chinese();
    Font title = new Font(base, 14, Font.BOLD);
    Font heading = new Font(base, 10, Font.BOLD);
    Font small = new Font(base, 8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle("Linchpin " + document.title());
      doc.open();
      doc.add(new Paragraph("Linchpin · " + document.title(), title));
      doc.add(new Paragraph(document.scope(), small));
      for (Table table : document.tables()) {
        Paragraph name = new Paragraph(table.name(), heading);
        name.setSpacingBefore(12);
        name.setSpacingAfter(4);
        doc.add(name);
        int columns =
            Math.max(
                table.headers().size(), table.rows().stream().mapToInt(List::size).max().orElse(1));
        PdfPTable grid = new PdfPTable(columns);
        grid.setWidthPercentage(100);
        grid.setHeaderRows(1);
        for (int i = 0; i < columns; i++) {
          PdfPCell cell =
              new PdfPCell(
                  new Phrase(i < table.headers().size() ? table.headers().get(i) : "", small));
          cell.setBackgroundColor(HEADER);
          grid.addCell(cell);
        }
        for (List<Object> cells : table.rows()) {
          for (int i = 0; i < columns; i++) {
            Object value = i < cells.size() ? cells.get(i) : null;
            PdfPCell cell = new PdfPCell(new Phrase(ReviewDocument.cell(value), small));
            if (value instanceof Number) {
              cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            grid.addCell(cell);
          }
        }
        if (table.rows().isEmpty()) {
          PdfPCell none = new PdfPCell(new Phrase("无数据 nothing in this period", small));
          none.setColspan(columns);
          grid.addCell(none);
        }
        doc.add(grid);
      }
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("the review could not be laid out", e);
    }
    return out.toByteArray();
  }
}
