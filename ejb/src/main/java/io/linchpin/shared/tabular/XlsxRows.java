package io.linchpin.shared.tabular;

import io.linchpin.shared.tabular.TabularFile.UnreadableFileException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The first sheet of an XLSX workbook, read row by row from its XML (POI's event model) instead of
 * built whole in memory, within limits: a compression ratio no zip bomb passes, at most {@link
 * #MAX_ROWS} rows and {@link #MAX_COLUMNS} columns, at most {@link #MAX_CELL} characters in a cell
 * (Excel's own limits where Excel has them). A workbook past a limit is refused, naming the row.
 * Date cells become ISO dates; numbers lose trailing zeros.
 */
final class XlsxRows {

  /** Excel's own row limit. */
  static final int MAX_ROWS = 1_048_576;

  /** Far more columns than any import has. */
  static final int MAX_COLUMNS = 512;

  /** Excel's own cell limit. */
  static final int MAX_CELL = 32_767;

  /** A part may be at most this many times larger than its compressed size (zip bombs). */
  static final double MIN_INFLATE_RATIO = 0.01;

  /** No part of a workbook may unpack to more than this. */
  static final long MAX_ENTRY_BYTES = 512L << 20;

  static {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
  }

  private XlsxRows() {}

  static TabularFile.RowSource open(byte[] content) {
    OPCPackage pkg = null;
    InputStream sheet = null;
    try {
      pkg = OPCPackage.open(new ByteArrayInputStream(content));
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      StylesTable styles = reader.getStylesTable();
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new UnreadableFileException("the workbook has no sheet");
      }
      sheet = sheets.next();
      XMLInputFactory factory = XMLInputFactory.newFactory();
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      Sheet rows = new Sheet(factory.createXMLStreamReader(sheet), strings, styles, pkg, sheet);
      Row header = rows.next(-1);
      if (header == null) {
        rows.close();
        throw new UnreadableFileException("the first sheet has no header row");
      }
      return rows.source(header.cells());
    } catch (UnreadableFileException e) {
      close(pkg, sheet);
      throw e;
    } catch (Exception e) {
      close(pkg, sheet);
      String message = e.getMessage() == null ? "" : e.getMessage();
      if (message.contains("Zip bomb") || message.contains("exceeds the max")) {
        throw new UnreadableFileException(
            "the workbook unpacks to far more than its size (a compression bomb)");
      }
      throw new UnreadableFileException("the file is neither CSV nor a readable XLSX workbook");
    }
  }

  private static void close(OPCPackage pkg, InputStream sheet) {
    try {
      if (sheet != null) {
        sheet.close();
      }
    } catch (IOException ignored) {
      // reading from memory
    }
    if (pkg != null) {
      pkg.revert();
    }
  }

  private record Row(int number, List<String> cells) {}

  /** A pull reader over the sheet's XML: one {@code <row>} at a time. */
  private static final class Sheet {
    private final XMLStreamReader xml;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final OPCPackage pkg;
    private final InputStream in;
    private int rows;
    private int lastNumber;

    Sheet(
        XMLStreamReader xml,
        ReadOnlySharedStringsTable strings,
        StylesTable styles,
        OPCPackage pkg,
        InputStream in) {
      this.xml = xml;
      this.strings = strings;
      this.styles = styles;
      this.pkg = pkg;
      this.in = in;
    }

    TabularFile.RowSource source(List<String> header) {
      int width = header.size();
      return new TabularFile.NonBlankRows(header) {
        @Override
        SourceRow read() {
          Row row = Sheet.this.next(width);
          return row == null ? null : new SourceRow(row.number(), row.cells());
        }

        @Override
        public void close() {
          Sheet.this.close();
        }
      };
    }

    void close() {
      try {
        xml.close();
      } catch (XMLStreamException ignored) {
        // nothing left to release
      }
      XlsxRows.close(pkg, in);
    }

    /** The next row, its cells padded or cut to {@code width} (all of them when negative). */
    Row next(int width) {
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
            if (++rows > MAX_ROWS) {
              throw new UnreadableFileException("the sheet has more than " + MAX_ROWS + " rows");
            }
            String r = xml.getAttributeValue(null, "r");
            int number = r == null ? lastNumber + 1 : Integer.parseInt(r);
            lastNumber = number;
            List<String> cells = cells(number);
            if (width >= 0) {
              while (cells.size() < width) {
                cells.add(null);
              }
              if (cells.size() > width) {
                cells = new ArrayList<>(cells.subList(0, width));
              }
            }
            return new Row(number, cells);
          }
        }
        return null;
      } catch (XMLStreamException | NumberFormatException e) {
        throw new UnreadableFileException(
            "row " + (lastNumber + 1) + " of the sheet cannot be read");
      }
    }

    private List<String> cells(int row) throws XMLStreamException {
      List<String> cells = new ArrayList<>();
      int column = -1;
      String type = null;
      String style = null;
      StringBuilder value = null;
      boolean inValue = false;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (xml.getLocalName()) {
            case "c" -> {
              String ref = xml.getAttributeValue(null, "r");
              column = ref == null ? column + 1 : column(ref);
              if (column >= MAX_COLUMNS) {
                throw new UnreadableFileException(
                    "row " + row + " has more than " + MAX_COLUMNS + " columns");
              }
              type = xml.getAttributeValue(null, "t");
              style = xml.getAttributeValue(null, "s");
              value = new StringBuilder();
            }
            case "v", "t" -> inValue = value != null;
            default -> {}
          }
        } else if (event == XMLStreamConstants.CHARACTERS && inValue) {
          value.append(xml.getText());
          if (value.length() > MAX_CELL) {
            throw new UnreadableFileException(
                "row " + row + " has a cell of more than " + MAX_CELL + " characters");
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          switch (xml.getLocalName()) {
            case "v", "t" -> inValue = false;
            case "c" -> {
              while (cells.size() <= column) {
                cells.add(null);
              }
              cells.set(column, text(type, style, value.toString()));
              value = null;
            }
            case "row" -> {
              return cells;
            }
            default -> {}
          }
        }
      }
      return cells;
    }

    private String text(String type, String style, String raw) {
      if (type == null || "n".equals(type)) {
        if (raw.isEmpty()) {
          return null;
        }
        double number = Double.parseDouble(raw);
        if (style != null && isDate(Integer.parseInt(style))) {
          return DateUtil.getLocalDateTime(number).toLocalDate().toString();
        }
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
      }
      return switch (type) {
        case "s" -> raw.isEmpty() ? null : strings.getItemAt(Integer.parseInt(raw)).getString();
        case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
        default -> raw; // str, inlineStr, e
      };
    }

    private boolean isDate(int styleIndex) {
      if (styles == null || styleIndex < 0 || styleIndex >= styles.getNumCellStyles()) {
        return false;
      }
      XSSFCellStyle cellStyle = styles.getStyleAt(styleIndex);
      return cellStyle != null
          && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
    }

    /** The zero-based column of a cell reference such as {@code AB12}. */
    private static int column(String ref) {
      int column = 0;
      for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
        column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        if (column > MAX_COLUMNS) {
          return column;
        }
      }
      return column - 1;
    }
  }
}
