package io.linchpin.analytics.application;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The monthly review for HR admins: every view of the review for the whole company over the twelve
 * whole months up to a month, kept as a PDF and a workbook as it was produced. The server produces
 * the previous month's report early each month and tells the HR admins' mailbox where one is set;
 * HR admins can produce a month's report again at any time.
 */
public interface ReviewReports {

  /** The reports kept, newest month first. */
  List<ReportView> reports();

  /** A report's file: {@code pdf} or {@code xlsx}; audited as an export. */
  ReportFile file(long id, String format);

  /** Produces the report of a month that has ended, replacing the one kept for it. */
  ReportView produce(YearMonth month);

  /** Produces the previous month's report when none is kept yet (the daily timer). */
  Optional<ReportView> produceDue();

  record ReportView(long id, String month, Instant producedAt, String producedBy) {}

  record ReportFile(String fileName, String contentType, byte[] content) {}
}
