package io.linchpin.casework.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A supplementary agreement to print for signature: the title, the parties (the company and the
 * employee with number and unit), the agreed terms paragraph by paragraph, the date and lines for
 * both signatures. The signed copy is scanned and attached to the case. Both formats print the same
 * words, {@link #body()} and {@link #signatures()}.
 */
public record Agreement(
    String title, String terms, String employee, String number, String unit, LocalDate date) {

  /** What an agreement can be printed as. */
  public enum Format {
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("application/pdf");

    private final String contentType;

    Format(String contentType) {
      this.contentType = contentType;
    }

    public String contentType() {
      return contentType;
    }

    public String extension() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** {@code docx} or {@code pdf}, any case; null when it is neither. */
    public static Format of(String name) {
      for (Format f : values()) {
        if (f.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
          return f;
        }
      }
      return null;
    }
  }

  /** Prints an agreement. */
  public interface Renderer {
    byte[] render(Agreement agreement, Format format);
  }

  /** The paragraphs between the title and the signatures. */
  public List<String> body() {
    List<String> lines = new ArrayList<>();
    lines.add("甲方（用人单位）：本公司");
    lines.add(
        "乙方（员工）："
            + employee
            + "　工号："
            + number
            + (unit == null || unit.isEmpty() ? "" : "　部门：" + unit));
    lines.add("经双方协商一致，就以下事项达成补充协议：");
    for (String paragraph : terms.split("\\R")) {
      if (!paragraph.isBlank()) {
        lines.add(paragraph.strip());
      }
    }
    lines.add("本协议为劳动合同的补充，与劳动合同具有同等效力；未尽事宜按劳动合同执行。");
    return lines;
  }

  /** The signature lines and the date. */
  public List<String> signatures() {
    return List.of(
        "甲方（盖章）：________________　　乙方（签字）：________________",
        "日期：" + date.format(DateTimeFormatter.ISO_LOCAL_DATE));
  }
}
