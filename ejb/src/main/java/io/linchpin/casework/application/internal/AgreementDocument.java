package io.linchpin.casework.application.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * A supplementary agreement as a Word document: the title, the parties (the company and the
 * employee with number and unit), the agreed terms paragraph by paragraph, the date and lines for
 * both signatures. The signed copy is scanned and attached to the employee's record.
 */
final class AgreementDocument {

  private static final String FONT = "SimSun";

  private AgreementDocument() {}

  static byte[] write(
      String title, String terms, String employee, String number, String unit, LocalDate date) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFParagraph heading = doc.createParagraph();
      heading.setAlignment(ParagraphAlignment.CENTER);
      run(heading, title, true, 16);
      line(doc, "甲方（用人单位）：本公司");
      line(doc, "乙方（员工）：" + employee + "　工号：" + number + (unit.isEmpty() ? "" : "　部门：" + unit));
      line(doc, "经双方协商一致，就以下事项达成补充协议：");
      for (String paragraph : terms.split("\\R")) {
        if (!paragraph.isBlank()) {
          line(doc, paragraph.strip());
        }
      }
      line(doc, "本协议为劳动合同的补充，与劳动合同具有同等效力；未尽事宜按劳动合同执行。");
      line(doc, "");
      line(doc, "甲方（盖章）：________________　　乙方（签字）：________________");
      line(doc, "日期：" + date.format(DateTimeFormatter.ISO_LOCAL_DATE));
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the agreement", e);
    }
  }

  private static void line(XWPFDocument doc, String text) {
    run(doc.createParagraph(), text, false, 11);
  }

  private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
    XWPFRun run = paragraph.createRun();
    run.setFontFamily(FONT);
    run.setBold(bold);
    run.setFontSize(size);
    run.setText(text);
  }
}
