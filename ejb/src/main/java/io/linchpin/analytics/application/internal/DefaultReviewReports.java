package io.linchpin.analytics.application.internal;

import io.linchpin.analytics.application.ReviewDocument;
import io.linchpin.analytics.application.ReviewExports;
import io.linchpin.analytics.application.ReviewReports;
import io.linchpin.analytics.application.ReviewService;
import io.linchpin.analytics.application.ReviewService.ReviewFilter;
import io.linchpin.analytics.domain.MonthlyReport;
import io.linchpin.analytics.domain.ReviewRepository;
import io.linchpin.audit.application.AuditLog;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.Mailer;
import io.linchpin.shared.NotFoundException;
import io.linchpin.shared.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** The monthly reports, produced from the review as an HR admin sees it: the whole company. */
@Stateless
@RolesAllowed(Roles.HR_ADMIN)
public class DefaultReviewReports implements ReviewReports {

  private static final Logger LOG = Logger.getLogger(DefaultReviewReports.class.getName());

  /** The months a report looks back over, its own included. */
  static final int MONTHS = 12;

  /** The HR admins' mailbox told when a report is ready. */
  static final String MAILBOX = "linchpin.mail.role." + Roles.HR_ADMIN;

  @EJB ReviewService review;
  @EJB AuditLog audit;
  @Inject ReviewRepository repository;
  @Inject ReviewExports exports;
  @Inject Mailer mailer;
  @Resource SessionContext session;

  private final Clock clock = Clock.systemDefaultZone();

  @Override
  public List<ReportView> reports() {
    return repository.reports(120).stream()
        .map(e -> new ReportView(e.id(), e.month().toString(), e.producedAt(), e.producedBy()))
        .toList();
  }

  @Override
  public ReportFile file(long id, String format) {
    String as = format == null || format.isBlank() ? "pdf" : format.strip();
    if (!as.equals("pdf") && !as.equals("xlsx")) {
      throw new InvalidInputException("format", "must be pdf or xlsx");
    }
    MonthlyReport report =
        repository.report(id).orElseThrow(() -> new NotFoundException("Monthly report", id));
    audit.record(AuditOperation.EXPORT, "review-report", String.valueOf(id), List.of(as), null);
    String name = "linchpin-review-" + report.getMonth() + "." + as;
    return as.equals("pdf")
        ? new ReportFile(name, "application/pdf", report.getPdf())
        : new ReportFile(
            name,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            report.getWorkbook());
  }

  @Override
  public ReportView produce(YearMonth month) {
    if (month == null) {
      throw new InvalidInputException("month", "is required, as 2026-11");
    }
    if (!month.isBefore(YearMonth.now(clock))) {
      throw new InvalidInputException("month", "must be a month that has ended");
    }
    ReviewFilter filter =
        new ReviewFilter(
            month.minusMonths(MONTHS - 1L).atDay(1), month.atEndOfMonth(), null, null, null);
    List<ReviewDocument.Table> tables = new ArrayList<>();
    String scope = null;
    for (String view : ReviewService.VIEWS) {
      ReviewDocument document = review.document(view, filter);
      scope = scope == null ? document.scope() : scope;
      tables.addAll(document.tables());
    }
    ReviewDocument all = new ReviewDocument("月度复盘 Monthly review " + month, scope, tables);
    Optional<MonthlyReport> kept = repository.report(month);
    MonthlyReport report = kept.orElseGet(() -> new MonthlyReport(month));
    String by = session.getCallerPrincipal().getName();
    report.produced(
        exports.pdf(all),
        exports.workbook(all),
        clock.instant(),
        by == null || by.equals("anonymous") ? "scheduled" : by);
    if (kept.isEmpty()) {
      repository.add(report);
    }
    audit.record(
        AuditOperation.CREATE, "review-report", month.toString(), List.of("pdf", "xlsx"), null);
    return new ReportView(
        report.getId(), month.toString(), report.getProducedAt(), report.getProducedBy());
  }

  @Override
  public Optional<ReportView> produceDue() {
    YearMonth previous = YearMonth.now(clock).minusMonths(1);
    if (repository.report(previous).isPresent()) {
      return Optional.empty();
    }
    ReportView produced = produce(previous);
    String mailbox = System.getProperty(MAILBOX);
    if (mailer.isEnabled() && mailbox != null && !mailbox.isBlank()) {
      mailer.sendAfterCommit(
          List.of(mailbox.strip()),
          "Linchpin: the monthly review for " + previous + " is ready",
          "The monthly review for "
              + previous
              + " is ready in Linchpin: open Review and go to \"Monthly reports\"."
              + "\n\nThis message carries no figures; the report is in Linchpin.");
    }
    LOG.info(() -> "The monthly review for " + previous + " was produced");
    return Optional.of(produced);
  }
}
