package io.linchpin.analytics.infrastructure;

import io.linchpin.analytics.application.ReviewExports;
import io.linchpin.analytics.application.ReviewService.AlertReview;
import io.linchpin.analytics.application.ReviewService.CaseMonth;
import io.linchpin.analytics.application.ReviewService.CaseReview;
import io.linchpin.analytics.application.ReviewService.CaseTypeFigures;
import io.linchpin.analytics.application.ReviewService.DetectorFigures;
import io.linchpin.analytics.application.ReviewService.InterventionKindFigures;
import io.linchpin.analytics.application.ReviewService.InterventionReview;
import io.linchpin.analytics.application.ReviewService.LoanFigures;
import io.linchpin.analytics.application.ReviewService.MonthCount;
import io.linchpin.analytics.application.ReviewService.Period;
import io.linchpin.analytics.application.ReviewService.RootCauseFigure;
import io.linchpin.analytics.application.ReviewService.RootCauseReview;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Review views as Excel workbooks: one sheet per table, a header row in Chinese and English, the
 * period on top; numbers as numbers, a withheld figure as the words "fewer than 5 people".
 */
@ApplicationScoped
public class XlsxReviewExports implements ReviewExports {

  static final String WITHHELD = "少于5人 fewer than 5 people";

  @Override
  public byte[] cases(CaseReview review) {
    try (Book book = new Book()) {
      Sheet sheet = book.sheet("案件 Cases", review.period());
      book.header(
          sheet,
          "类型 Type",
          "人数 People",
          "新开 Opened",
          "结案 Closed",
          "未结 Still open",
          "处理时长中位数(小时) Median hours",
          "第90百分位(小时) P90 hours",
          "时限中位数(小时) Median SLA hours",
          "按时结案占比 Within SLA",
          "法务参与占比 Legal involved",
          "升级次数 Escalations");
      for (CaseTypeFigures t : review.types()) {
        Row row = book.row(sheet);
        book.text(row, 0, t.type());
        if (t.withheld()) {
          book.text(row, 1, WITHHELD);
          continue;
        }
        book.number(row, 1, t.people());
        book.number(row, 2, t.opened());
        book.number(row, 3, t.closed());
        book.number(row, 4, t.stillOpen());
        book.number(row, 5, t.medianHours());
        book.number(row, 6, t.p90Hours());
        book.number(row, 7, t.medianSlaHours());
        book.number(row, 8, t.withinSlaShare());
        book.number(row, 9, t.legalShare());
        book.number(row, 10, t.escalations());
      }
      Sheet trend = book.sheet("趋势 Trend", review.period());
      book.header(
          trend,
          "月份 Month",
          "结案 Closed",
          "处理天数中位数 Median days",
          "按时结案占比 Within SLA",
          "目标天数 Target days",
          "原天数 Baseline days");
      for (CaseMonth m : review.trend()) {
        Row row = book.row(trend);
        book.text(row, 0, m.month());
        if (m.withheld()) {
          book.text(row, 1, WITHHELD);
        } else {
          book.number(row, 1, m.closed());
          book.number(row, 2, m.medianDays());
          book.number(row, 3, m.withinSlaShare());
        }
        book.number(row, 4, review.targetDays());
        book.number(row, 5, review.baselineDays());
      }
      return book.bytes();
    }
  }

  @Override
  public byte[] rootCauses(RootCauseReview review) {
    try (Book book = new Book()) {
      Sheet sheet = book.sheet("根本原因 Root causes", review.period());
      book.header(sheet, "根本原因 Root cause", "案件 Cases", "人数 People", "占比 Share");
      if (review.withheld()) {
        book.text(book.row(sheet), 0, WITHHELD);
      }
      for (RootCauseFigure f : review.causes()) {
        Row row = book.row(sheet);
        book.text(row, 0, f.rootCause());
        if (f.withheld()) {
          book.text(row, 1, WITHHELD);
          continue;
        }
        book.number(row, 1, f.cases());
        book.number(row, 2, f.people());
        book.number(row, 3, f.share());
      }
      return book.bytes();
    }
  }

  @Override
  public byte[] alerts(AlertReview review) {
    try (Book book = new Book()) {
      Sheet sheet = book.sheet("预警 Alerts", review.period());
      book.header(
          sheet,
          "检测器 Detector",
          "名称 Name",
          "人数 People",
          "触发 Raised",
          "新 New",
          "已分诊 Triaged",
          "转为案件 Cases",
          "已驳回 Dismissed",
          "驳回占比 Dismissed share",
          "需调整 Noisy");
      Sheet months = book.sheet("按月 By month", review.period());
      book.header(months, "检测器 Detector", "月份 Month", "触发 Raised");
      for (DetectorFigures d : review.detectors()) {
        Row row = book.row(sheet);
        book.text(row, 0, d.detectorKey());
        book.text(row, 1, d.detectorName());
        if (d.withheld()) {
          book.text(row, 2, WITHHELD);
          continue;
        }
        book.number(row, 2, d.people());
        book.number(row, 3, d.raised());
        book.number(row, 4, d.open());
        book.number(row, 5, d.triaged());
        book.number(row, 6, d.cases());
        book.number(row, 7, d.dismissed());
        book.number(row, 8, d.dismissedShare());
        book.text(row, 9, d.noisy() ? "是 yes" : "");
        for (MonthCount m : d.months()) {
          Row r = book.row(months);
          book.text(r, 0, d.detectorKey());
          book.text(r, 1, m.month());
          book.number(r, 2, m.raised());
        }
      }
      return book.bytes();
    }
  }

  @Override
  public byte[] interventions(InterventionReview review) {
    try (Book book = new Book()) {
      Sheet sheet = book.sheet("干预措施 Interventions", review.period());
      book.header(
          sheet,
          "类型 Kind",
          "人数 People",
          "计划 Planned",
          "完成 Done",
          "取消 Cancelled",
          "进行中 Open",
          "已满" + review.outcomeMonths() + "个月 Followed up",
          "留任占比 Retained",
          "风险下降占比 Risk down");
      for (InterventionKindFigures k : review.kinds()) {
        Row row = book.row(sheet);
        book.text(row, 0, k.kind());
        if (k.withheld()) {
          book.text(row, 1, WITHHELD);
          continue;
        }
        book.number(row, 1, k.people());
        book.number(row, 2, k.planned());
        book.number(row, 3, k.done());
        book.number(row, 4, k.cancelled());
        book.number(row, 5, k.open());
        book.number(row, 6, k.followedUp());
        book.number(row, 7, k.retainedShare());
        book.number(row, 8, k.riskDownShare());
      }
      Sheet loans = book.sheet("救助借款 Relief loans", review.period());
      book.header(loans, "笔数 Loans", "发放 Granted", "已还 Repaid", "未还 Outstanding");
      Row row = book.row(loans);
      LoanFigures l = review.loans();
      if (l.withheld()) {
        book.text(row, 0, WITHHELD);
      } else {
        book.number(row, 0, l.loans());
        book.number(row, 1, l.granted());
        book.number(row, 2, l.repaid());
        book.number(row, 3, l.outstanding());
      }
      return book.bytes();
    }
  }

  /** A workbook being written. */
  private static final class Book implements AutoCloseable {
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle bold;

    Book() {
      Font font = workbook.createFont();
      font.setBold(true);
      bold = workbook.createCellStyle();
      bold.setFont(font);
    }

    Sheet sheet(String name, Period period) {
      Sheet sheet = workbook.createSheet(name);
      Row top = sheet.createRow(0);
      text(
          top,
          0,
          "期间 Period: "
              + period.from()
              + " – "
              + period.to()
              + (period.orgUnit() == null ? "" : " · 部门 Unit: " + period.orgUnit())
              + (period.caseType() == null ? "" : " · 类型 Type: " + period.caseType()));
      return sheet;
    }

    void header(Sheet sheet, String... names) {
      Row row = sheet.createRow(sheet.getLastRowNum() + 1);
      for (int i = 0; i < names.length; i++) {
        Cell cell = row.createCell(i);
        cell.setCellValue(names[i]);
        cell.setCellStyle(bold);
        sheet.setColumnWidth(i, 18 * 256);
      }
    }

    Row row(Sheet sheet) {
      return sheet.createRow(sheet.getLastRowNum() + 1);
    }

    void text(Row row, int column, String value) {
      row.createCell(column).setCellValue(value == null ? "" : value);
    }

    void number(Row row, int column, Number value) {
      Cell cell = row.createCell(column);
      if (value != null) {
        cell.setCellValue(value.doubleValue());
      }
    }

    byte[] bytes() {
      try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
        workbook.write(out);
        return out.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException("the workbook could not be written", e);
      }
    }

    @Override
    public void close() {
      try {
        workbook.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
