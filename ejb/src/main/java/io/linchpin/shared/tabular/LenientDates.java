package io.linchpin.shared.tabular;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates the way old HR systems and Excel write them: 2019-03-05, 2019/3/5, 2019.3.5,
 * 2019年3月5日, 20190305, an Excel serial day number (43529), each optionally followed by a time. A
 * date that does not exist (2019-02-30) is an error, never rolled over.
 */
public final class LenientDates {

  private static final Pattern SEPARATED =
      Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern SERIAL = Pattern.compile("\\d{4,5}(\\.0+)?");
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
  private static final Pattern TIME_SUFFIX =
      Pattern.compile("(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)$");

  private LenientDates() {}

  /** The date, or empty if the text is not a date in any accepted style or names no real day. */
  public static Optional<LocalDate> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String value = TIME_SUFFIX.matcher(text.strip()).replaceFirst("").strip();
    Matcher m = SEPARATED.matcher(value);
    if (m.matches()) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    m = COMPACT.matcher(value);
    if (m.matches()) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    if (SERIAL.matcher(value).matches()) {
      long days = (long) Double.parseDouble(value);
      if (days >= 1 && days <= 2_958_465) {
        return Optional.of(EXCEL_EPOCH.plusDays(days));
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> of(String year, String month, String day) {
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
