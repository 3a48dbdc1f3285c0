package io.linchpin.shared.infrastructure;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import io.linchpin.shared.PrintFont;
import java.io.IOException;

/**
 * The {@link PrintFont} loaded once for every PDF the server prints (reports, agreements, review
 * exports), to be embedded as a subset of the characters each document uses.
 */
public final class PdfFonts {

  private static volatile BaseFont chinese;

  private PdfFonts() {}

  /** The Chinese font; refused with a message naming the setting when none can be read. */
  public static BaseFont chinese() {
    BaseFont known = chinese;
    if (known != null) {
      return known;
    }
    String location = PrintFont.location();
    try {
      chinese = BaseFont.createFont(location, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      return chinese;
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException(
          "the font " + location + " cannot be read: " + e.getMessage(), e);
    }
  }
}
