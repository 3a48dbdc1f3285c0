package io.linchpin.shared.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TabularFileTest {

  private static final Charset GBK = Charset.forName("GBK");

  @Test
  void readsUtf8WithBomAndStripsItFromTheFirstHeader() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "工号,姓名\nE1,张三\n".getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, file, 0, bom.length);
    System.arraycopy(body, 0, file, bom.length, body.length);
    Read read = read(file);
    assertEquals(List.of("工号", "姓名"), read.header);
    assertEquals(List.of("E1", "张三"), read.rows.get(0).cells());
  }

  @Test
  void readsGbkFilesFromOlderChineseSystems() {
    byte[] file = "工号,姓名,部门\r\nE1,欧阳娜娜,研发中心/平台组\r\n".getBytes(GBK);
    Read read = read(file);
    assertEquals(List.of("工号", "姓名", "部门"), read.header);
    assertEquals(List.of("E1", "欧阳娜娜", "研发中心/平台组"), read.rows.get(0).cells());
  }

  @Test
  void keepsCommasQuotesAndLineBreaksInsideQuotedFieldsAndReportsStartingLines() {
    String csv = "no,name,note\nE1,\"Li, Si\",\"said \"\"hi\"\"\nand left\"\nE2,Wang,plain\n";
    Read read = read(csv.getBytes(StandardCharsets.UTF_8));
    assertEquals(2, read.rows.size());
    assertEquals(List.of("E1", "Li, Si", "said \"hi\"\nand left"), read.rows.get(0).cells());
    assertEquals(2, read.rows.get(0).line());
    assertEquals(4, read.rows.get(1).line());
  }

  @Test
  void skipsBlankLinesButKeepsLineNumbersTrue() {
    Read read = read("no,name\n\nE1,A\n,\nE2,B\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(3, 5), read.rows.stream().map(SourceRow::line).toList());
  }

  @Test
  void detectsSemicolonSeparatedFiles() {
    Read read = read("no;name\nE1;A\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("E1", "A"), read.rows.get(0).cells());
  }

  @Test
  void readsXlsxWithDateCellsAsIsoDates() throws IOException {
    byte[] file;
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("员工");
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("工号");
      header.createCell(1).setCellValue("入职日期");
      header.createCell(2).setCellValue("基本工资");
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue("E1");
      CellStyle dateStyle = workbook.createCellStyle();
      dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
      row.createCell(1).setCellValue(LocalDate.of(2019, 3, 5));
      row.getCell(1).setCellStyle(dateStyle);
      row.createCell(2).setCellValue(12000.5);
      workbook.write(out);
      file = out.toByteArray();
    }
    Read read = read(file);
    assertEquals(List.of("工号", "入职日期", "基本工资"), read.header);
    assertEquals(List.of("E1", "2019-03-05", "12000.5"), read.rows.get(0).cells());
    assertEquals(2, read.rows.get(0).line());
  }

  @Test
  void refusesEmptyFilesAndBrokenWorkbooks() {
    assertThrows(TabularFile.UnreadableFileException.class, () -> read(new byte[0]));
    assertThrows(
        TabularFile.UnreadableFileException.class,
        () -> read(new byte[] {'P', 'K', 3, 4, 1, 2, 3}));
  }

  @Test
  void readsSparseRowsBooleansFormulasAndInlineTextAsTheSheetShowsThem() throws IOException {
    byte[] file =
        xlsx(
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>工号</t></is></c>"
                + "<c r=\"C1\" t=\"inlineStr\"><is><r><t>备</t></r><r><t>注</t></r></is></c></row>"
                + "<row r=\"4\"><c r=\"C4\" t=\"b\"><v>1</v></c></row>"
                + "<row r=\"5\"><c r=\"A5\" t=\"str\"><f>A1</f><v>E5</v></c>"
                + "<c r=\"B5\"><v>12000.50</v></c></row>");
    Read read = read(file);
    assertEquals(java.util.Arrays.asList("工号", null, "备注"), read.header);
    assertEquals(List.of(4, 5), read.rows.stream().map(SourceRow::line).toList());
    assertEquals(java.util.Arrays.asList(null, null, "TRUE"), read.rows.get(0).cells());
    assertEquals(java.util.Arrays.asList("E5", "12000.5", null), read.rows.get(1).cells());
  }

  /** Defect 12: a workbook was parsed whole in memory, without limits. */
  @Test
  void refusesWorkbooksPastTheLimitsNamingTheRow() throws IOException {
    String header = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>no</t></is></c></row>";
    TabularFile.UnreadableFileException wide =
        assertThrows(
            TabularFile.UnreadableFileException.class,
            () ->
                read(
                    xlsx(
                        header
                            + "<row r=\"2\"><c r=\"ZZZ2\" t=\"inlineStr\"><is><t>x</t></is>"
                            + "</c></row>")));
    assertTrue(wide.getMessage().contains("row 2 has more than"), wide.getMessage());
    TabularFile.UnreadableFileException longCell =
        assertThrows(
            TabularFile.UnreadableFileException.class,
            () ->
                read(
                    xlsx(
                        header
                            + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>"
                            + "x".repeat(XlsxRows.MAX_CELL + 1)
                            + "</t></is></c></row>")));
    assertTrue(
        longCell.getMessage().contains("row 3 has a cell of more than"), longCell.getMessage());
    // A compression bomb: twenty million spaces between the rows (no cell is long) unpack from a
    // few kilobytes.
    String bomb = header + " ".repeat(20_000_000) + "<row r=\"2\"></row>";
    TabularFile.UnreadableFileException bombed =
        assertThrows(TabularFile.UnreadableFileException.class, () -> read(xlsx(bomb)));
    assertTrue(bombed.getMessage().contains("compression bomb"), bombed.getMessage());
  }

  /** A minimal workbook whose first sheet's rows are given as XML. */
  private static byte[] xlsx(String rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      entry(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
              + " Extension=\"rels\""
              + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
              + " Extension=\"xml\" ContentType=\"application/xml\"/><Override"
              + " PartName=\"/xl/workbook.xml\""
              + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
              + "<Override PartName=\"/xl/worksheets/sheet1.xml\""
              + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
              + "</Types>");
      entry(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
              + " Id=\"rId1\""
              + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
              + " Target=\"xl/workbook.xml\"/></Relationships>");
      entry(
          zip,
          "xl/workbook.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook"
              + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
              + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
              + "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      entry(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
              + " Id=\"rId1\""
              + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
              + " Target=\"worksheets/sheet1.xml\"/></Relationships>");
      entry(
          zip,
          "xl/worksheets/sheet1.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
              + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
              + rows
              + "</sheetData></worksheet>");
    }
    return out.toByteArray();
  }

  private static void entry(java.util.zip.ZipOutputStream zip, String name, String text)
      throws IOException {
    zip.putNextEntry(new java.util.zip.ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private record Read(List<String> header, List<SourceRow> rows) {}

  private static Read read(byte[] content) {
    List<SourceRow> rows = new ArrayList<>();
    try (TabularFile.RowSource source = TabularFile.open(content)) {
      source.forEachRemaining(rows::add);
      return new Read(source.header(), rows);
    }
  }
}
