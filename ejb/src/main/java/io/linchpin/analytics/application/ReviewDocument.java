package io.linchpin.analytics.application;

import java.util.List;

/**
 * A review view laid out as tables, the same for every file it is exported to: a title, the scope
 * line (period, unit, filters) and tables whose cells are text, numbers or empty (null).
 */
public record ReviewDocument(String title, String scope, List<Table> tables) {

  /** What a withheld figure reads as. */
  public static final String WITHHELD = "少于5人 fewer than 5 people";

  public ReviewDocument {
    tables = List.copyOf(tables);
  }

  /**
   * A cell as it reads on screen and in print: whole numbers without decimals, other numbers as
   * stored without trailing zeros, empty for none.
   */
  public static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      return d == Math.rint(d) && !Double.isInfinite(d)
          ? Long.toString(d.longValue())
          : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    if (value instanceof java.math.BigDecimal b) {
      return b.stripTrailingZeros().toPlainString();
    }
    return value.toString();
  }

  /** A table: a name, a header in Chinese and English, rows of cells (text, number or null). */
  public record Table(String name, List<String> headers, List<List<Object>> rows) {

    public Table {
      headers = List.copyOf(headers);
      rows = List.copyOf(rows);
    }
  }
}
