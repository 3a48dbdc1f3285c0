package io.linchpin.analytics.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Policy changes made because of a review, each with the view that was its evidence (a saved view:
 * which view, period and filters), so that the next review can set the same view after the change
 * beside it. HR admins record them; everyone who sees the review reads them, and the comparison is
 * computed for the reader's own scope.
 */
public interface PolicyNotes {

  List<NoteView> notes();

  NoteView record(RecordNote command);

  /**
   * The note's view before the change (its saved period) and after it: a period as long, from the
   * day the change took effect, cut at yesterday; {@code after} is null until the change has been
   * in effect for a day.
   */
  Comparison compare(long id);

  /**
   * {@code view}: risk, cases, root-causes, alerts or interventions; {@code from}, {@code to} and
   * the filters as the view was seen.
   */
  record RecordNote(
      String title,
      String change,
      LocalDate effectiveOn,
      String view,
      LocalDate from,
      LocalDate to,
      Long orgUnitId,
      String caseType,
      String roleFamily) {}

  record NoteView(
      long id,
      String title,
      String change,
      LocalDate effectiveOn,
      String view,
      LocalDate from,
      LocalDate to,
      Long orgUnitId,
      String caseType,
      String roleFamily,
      Instant createdAt,
      String createdBy) {}

  /** {@code afterFrom} and {@code afterTo}: the period after the change, when there is one. */
  record Comparison(
      NoteView note,
      ReviewDocument before,
      LocalDate afterFrom,
      LocalDate afterTo,
      ReviewDocument after) {}
}
