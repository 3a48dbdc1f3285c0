package io.linchpin.casework.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import io.linchpin.casework.domain.Agreement;
import io.linchpin.shared.PrintFont;
import io.linchpin.shared.infrastructure.PdfFonts;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Agreements as a Word document to edit before signing (set in SimSun, the font Chinese contracts
 * use) or as a PDF to print as it is, with a subset of the {@link PrintFont} embedded.
 */
@ApplicationScoped
public class AgreementDocuments implements Agreement.Renderer {

  private static final String WORD_FONT = "SimSun";

  @Override
  public byte[] render(Agreement agreement, Agreement.Format format) {
    return switch (format) {
      case DOCX -> docx(agreement);
      case PDF -> pdf(agreement);
    };
  }

  private static byte[] docx(Agreement a) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFParagraph heading = doc.createParagraph();
      heading.setAlignment(ParagraphAlignment.CENTER);
      run(heading, a.title(), true, 16);
      a.body().forEach(line -> run(doc.createParagraph(), line, false, 11));
      run(doc.createParagraph(), "", false, 11);
      a.signatures().forEach(line -> run(doc.createParagraph(), line, false, 11));
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the agreement", e);
    }
  }

  private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
    XWPFRun run = paragraph.createRun();
    run.setFontFamily(WORD_FONT);
    run.setBold(bold);
    run.setFontSize(size);
    run.setText(text);
  }

  private byte[] pdf(Agreement a) {
    BaseFont base = font();
    Font title = new Font(base, 16, Font.BOLD);
    Font body = new Font(base, 11);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 64, 64, 72, 72);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle(a.title());
      doc.addCreator("Linchpin");
      doc.open();
      Paragraph heading = new Paragraph(a.title(), title);
      heading.setAlignment(Element.ALIGN_CENTER);
      heading.setSpacingAfter(18);
      doc.add(heading);
      for (String line : a.body()) {
        Paragraph p = new Paragraph(line, body);
        p.setLeading(20);
        p.setSpacingAfter(6);
        doc.add(p);
      }
      boolean first = true;
      for (String line : a.signatures()) {
        Paragraph p = new Paragraph(line, body);
        p.setSpacingBefore(first ? 36 : 12);
        doc.add(p);
        first = false;
      }
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("the agreement could not be laid out", e);
    }
    return out.toByteArray();
  }

  private static BaseFont font() {
    return PdfFonts.chinese();
  }
}
