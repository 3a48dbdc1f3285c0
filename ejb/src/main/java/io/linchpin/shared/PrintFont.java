package io.linchpin.shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The Chinese TrueType font that printed documents (reports, agreements) embed a subset of: {@code
 * linchpin.report.font} (a font or collection, {@code file.ttc} or {@code file.ttc,0}), by default
 * WenQuanYi Micro Hei from the operating system's {@code fonts-wqy-microhei} package.
 */
public final class PrintFont {

  public static final String PROPERTY = "linchpin.report.font";

  static final List<String> DEFAULTS =
      List.of(
          "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
          "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
          "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc");

  private PrintFont() {}

  /**
   * The font to load, a collection's entry named ({@code file.ttc,0}); refused with a message that
   * names the setting when none is readable.
   */
  public static String location() {
    String configured = System.getProperty(PROPERTY);
    List<String> candidates =
        configured == null || configured.isBlank() ? DEFAULTS : List.of(configured.strip());
    for (String candidate : candidates) {
      String file = candidate.replaceFirst(",\\d+$", "");
      if (Files.isReadable(Path.of(file))) {
        return candidate.toLowerCase(Locale.ROOT).endsWith(".ttc") ? candidate + ",0" : candidate;
      }
    }
    throw new UnavailableException(
        "no Chinese font for printed documents: install the package fonts-wqy-microhei or set "
            + PROPERTY
            + " to a TrueType font (tried "
            + candidates
            + ")");
  }
}
