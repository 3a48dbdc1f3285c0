package io.linchpin.analytics.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The review of a month as it was produced, as a PDF and a workbook: figures only, the same as the
 * review views showed HR admins that day. One per month; producing it again replaces its files.
 */
@Entity
@Table(name = "review_report")
public class MonthlyReport {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_report_seq")
  @SequenceGenerator(
      name = "review_report_seq",
      sequenceName = "review_report_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "report_month", nullable = false, unique = true)
  private LocalDate month;

  @Column(name = "produced_at", nullable = false)
  private Instant producedAt;

  @Column(name = "produced_by", nullable = false)
  private String producedBy;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] pdf;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] workbook;

  /** A report as listed, without its files. */
  public record Entry(long id, YearMonth month, Instant producedAt, String producedBy) {}

  protected MonthlyReport() {}

  public MonthlyReport(YearMonth month) {
    this.month = month.atDay(1);
  }

  /** Its files as produced now. */
  public void produced(byte[] pdf, byte[] workbook, Instant at, String by) {
    this.pdf = pdf.clone();
    this.workbook = workbook.clone();
    this.producedAt = at;
    this.producedBy = by;
  }

  public Long getId() {
    return id;
  }

  public YearMonth getMonth() {
    return YearMonth.from(month);
  }

  public Instant getProducedAt() {
    return producedAt;
  }

  public String getProducedBy() {
    return producedBy;
  }

  public byte[] getPdf() {
    return pdf.clone();
  }

  public byte[] getWorkbook() {
    return workbook.clone();
  }
}
