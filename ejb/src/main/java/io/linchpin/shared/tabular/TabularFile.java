package io.linchpin.shared.tabular;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A file of rows as other systems export it: CSV (UTF-8 with or without BOM, UTF-16 with BOM, or
 * GBK/GB18030 as older Chinese systems write it; quoted fields with commas, quotes and line breaks;
 * comma, semicolon or tab separated) or an XLSX workbook (first sheet, read as a stream within
 * limits, see {@link XlsxRows}; date cells become ISO dates).
 */
public final class TabularFile {

  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final Charset GB18030 = Charset.forName("GB18030");

  private TabularFile() {}

  /** Thrown when the file cannot be read at all (not CSV, not XLSX, empty). */
  public static class UnreadableFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnreadableFileException(String message) {
      super(message);
    }
  }

  /**
   * Opens the file: reads the header row and returns a source of the following non-blank rows, in
   * file order.
   */
  public static RowSource open(byte[] content) {
    if (content == null || content.length == 0) {
      throw new UnreadableFileException("the file is empty");
    }
    if (startsWith(content, ZIP_MAGIC)) {
      return XlsxRows.open(content);
    }
    return openCsv(content);
  }

  /** The header and the data rows of an opened file. */
  /**
   * A CSV file holding just a header row, with a byte-order mark so that Excel opens it as UTF-8:
   * the template of an import.
   */
  public static byte[] csvHeader(List<String> headers) {
    StringBuilder line = new StringBuilder();
    for (String header : headers) {
      if (!line.isEmpty()) {
        line.append(',');
      }
      String h = defanged(header);
      line.append(h.matches(".*[,\"\r\n].*") ? '"' + h.replace("\"", "\"\"") + '"' : h);
    }
    line.append("\r\n");
    byte[] text = line.toString().getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[text.length + 3];
    file[0] = (byte) 0xEF;
    file[1] = (byte) 0xBB;
    file[2] = (byte) 0xBF;
    System.arraycopy(text, 0, file, 3, text.length);
    return file;
  }

  /**
   * A cell text a spreadsheet will not run: one that begins with {@code = + - @}, a tab or a
   * carriage return (how a formula begins) gets a leading apostrophe. Labels come from admins and
   * may begin that way; {@link #headerName} takes the apostrophe off again when the file comes
   * back.
   */
  public static String defanged(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  /**
   * A header cell as the imports compare it: without a byte-order mark, surrounding space or the
   * apostrophe {@link #defanged} put in front of a formula-like label.
   */
  public static String headerName(String cell) {
    String name = cell == null ? "" : cell.replace("\uFEFF", "").strip();
    return name.length() > 1 && name.charAt(0) == '\'' && "=+-@".indexOf(name.charAt(1)) >= 0
        ? name.substring(1)
        : name;
  }

  /**
   * A header cell as the imports match it to a field: {@link #headerName}, then without spaces,
   * underscores, dashes, brackets or asterisks, in lower case ({@code "Employee_Number"}, {@code
   * "employee number (*)"} and {@code "员工编号（必填）"} less its words all compare alike).
   */
  public static String headerKey(String cell) {
    return headerName(cell).replaceAll("[\\s_\\-（）()*]", "").toLowerCase(Locale.ROOT);
  }

  public interface RowSource extends Iterator<SourceRow>, AutoCloseable {

    List<String> header();

    @Override
    void close();
  }

  /** The character set a CSV file is written in. */
  static Charset detectCharset(byte[] content) {
    if (content.length >= 3
        && (content[0] & 0xFF) == 0xEF
        && (content[1] & 0xFF) == 0xBB
        && (content[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content));
      return StandardCharsets.UTF_8;
    } catch (CharacterCodingException e) {
      return GB18030;
    }
  }

  private static RowSource openCsv(byte[] content) {
    Charset charset = detectCharset(content);
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(detectDelimiter(content, charset))
            .setIgnoreEmptyLines(false)
            .get();
    try {
      Reader reader = skipBom(new InputStreamReader(new ByteArrayInputStream(content), charset));
      CSVParser parser = CSVParser.parse(reader, format);
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        throw new UnreadableFileException("the file has no header row");
      }
      List<String> header = values(records.next());
      return new CsvRows(parser, records, header);
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new UnreadableFileException("the CSV cannot be read: " + e.getMessage());
    }
  }

  /** Hands out the non-blank rows a reader produces; the shared part of CSV and XLSX. */
  abstract static class NonBlankRows implements RowSource {
    private final List<String> header;
    private SourceRow next;

    NonBlankRows(List<String> header) {
      this.header = header;
    }

    /** The next row, blank or not; null at the end. */
    abstract SourceRow read();

    @Override
    public List<String> header() {
      return header;
    }

    @Override
    public boolean hasNext() {
      while (next == null) {
        SourceRow row = read();
        if (row == null) {
          return false;
        }
        if (!row.blank()) {
          next = row;
        }
      }
      return true;
    }

    @Override
    public SourceRow next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      SourceRow row = next;
      next = null;
      return row;
    }
  }

  private static final class CsvRows extends NonBlankRows {
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long previousEnd;

    CsvRows(CSVParser parser, Iterator<CSVRecord> records, List<String> header) {
      super(header);
      this.parser = parser;
      this.records = records;
      this.previousEnd = parser.getCurrentLineNumber();
    }

    @Override
    SourceRow read() {
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          return null;
        }
        record = records.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        throw new UnreadableFileException(
            "line " + (previousEnd + 1) + ": the CSV cannot be parsed (" + e.getMessage() + ")");
      }
      SourceRow row = new SourceRow((int) previousEnd + 1, values(record));
      previousEnd = parser.getCurrentLineNumber();
      return row;
    }

    @Override
    public void close() {
      try {
        parser.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static Reader skipBom(Reader reader) throws IOException {
    java.io.PushbackReader pushback = new java.io.PushbackReader(reader, 1);
    int first = pushback.read();
    if (first != -1 && first != '\uFEFF') {
      pushback.unread(first);
    }
    return pushback;
  }

  private static char detectDelimiter(byte[] content, Charset charset) {
    String start = new String(content, 0, Math.min(content.length, 4096), charset);
    int newline = start.indexOf('\n');
    String firstLine = newline < 0 ? start : start.substring(0, newline);
    int commas = count(firstLine, ','),
        semicolons = count(firstLine, ';'),
        tabs = count(firstLine, '\t');
    if (tabs > commas && tabs >= semicolons) {
      return '\t';
    }
    if (semicolons > commas) {
      return ';';
    }
    return ',';
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  private static List<String> values(CSVRecord record) {
    List<String> cells = new ArrayList<>(record.size());
    record.forEach(cells::add);
    return cells;
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
