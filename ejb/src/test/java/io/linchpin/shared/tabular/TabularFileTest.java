package io.linchpin.shared.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

  private record Read(List<String> header, List<SourceRow> rows) {}

  private static Read read(byte[] content) {
    List<SourceRow> rows = new ArrayList<>();
    try (TabularFile.RowSource source = TabularFile.open(content)) {
      source.forEachRemaining(rows::add);
      return new Read(source.header(), rows);
    }
  }
}
