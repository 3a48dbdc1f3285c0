package io.linchpin.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One value to record, checked: a known series, a month no later than the current one and not
 * before 2000, a value that fits the series (at least 0; a performance score at most 100; at most
 * two decimals).
 */
public record SignalEntry(SignalSeries series, YearMonth month, BigDecimal value) {

  private static final BigDecimal MAX = new BigDecimal("999999999999.99");
  private static final YearMonth EARLIEST = YearMonth.of(2000, 1);

  /** Problems of raw input, each prefixed by {@code where} (a field path or a column). */
  public static List<String> problems(
      String series, String month, BigDecimal value, YearMonth current) {
    List<String> problems = new ArrayList<>();
    SignalSeries s = SignalSeries.parse(series).orElse(null);
    if (s == null) {
      problems.add("series: must be one of " + java.util.Arrays.toString(SignalSeries.values()));
    }
    YearMonth m = month(month);
    if (m == null) {
      problems.add("period: must be a month like 2026-11");
    } else if (m.isAfter(current) || m.isBefore(EARLIEST)) {
      problems.add("period: must lie between 2000-01 and " + current);
    }
    if (value == null) {
      problems.add("value: is required");
    } else if (value.signum() < 0 || value.compareTo(MAX) > 0) {
      problems.add("value: must be at least 0");
    } else if (value.stripTrailingZeros().scale() > 2) {
      problems.add("value: at most two decimals");
    } else if (s == SignalSeries.PERFORMANCE_SCORE
        && value.compareTo(BigDecimal.valueOf(100)) > 0) {
      problems.add("value: a performance score is at most 100");
    }
    return problems;
  }

  public static SignalEntry of(String series, String month, BigDecimal value) {
    return new SignalEntry(
        SignalSeries.parse(series).orElseThrow(),
        month(month),
        value.setScale(2, RoundingMode.UNNECESSARY));
  }

  /** 2026-11, 2026/11, 2026.11, 202611, 2026年11月; null when none of them. */
  public static YearMonth month(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip().replace("年", "-").replace("月", "").replace('/', '-').replace('.', '-');
    if (t.matches("\\d{6}")) {
      t = t.substring(0, 4) + "-" + t.substring(4);
    }
    if (t.matches("\\d{4}-\\d{1}")) {
      t = t.substring(0, 5) + "0" + t.substring(5);
    }
    try {
      return YearMonth.parse(t);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
