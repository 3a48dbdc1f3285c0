package io.linchpin.screening.application;

import io.linchpin.people.application.Ref;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * External checks. A check runs only under the person's valid consent for the category and the
 * purpose; without one it is refused, on record, and the source is not asked. What the source
 * returns is sealed with the person's key and kept for the category's retention.
 */
public interface ScreeningService {

  /** Looks the person up in the source for the category (the named one, or the configured one). */
  CheckView check(long employeeId, String category, String purpose, String source);

  /** A person's checks, newest first. */
  List<CheckView> checks(long employeeId);

  /** What checks found about a person, newest first; audited. */
  List<FindingView> findings(long employeeId, String purpose);

  /**
   * Deletes the findings whose retention has ended; returns how many. Runs nightly; HR admins may
   * run it at any time.
   */
  int sweepExpired();

  /**
   * Runs the in-service checks that are due (each person with an in-service consent in force whose
   * source's interval has passed since their last successful check); returns how many ran. Runs
   * nightly; HR admins may run it at any time.
   */
  int runDueChecks();

  /** The latest files taken in from the file-drop inbox (HR admins, IT admins). */
  List<DropView> drops();

  /** The configured sources and whether they answer (HR admins, IT admins). */
  List<SourceView> sources();

  /** A check and its outcome. */
  record CheckView(
      long id,
      Ref employee,
      String category,
      String purpose,
      String source,
      Long consentId,
      String outcome,
      int found,
      int added,
      String message,
      Instant requestedAt,
      String requestedBy) {}

  /** A record a source holds about the person. */
  record FindingView(
      long id,
      String category,
      String source,
      String kind,
      String reference,
      LocalDate occurredOn,
      BigDecimal amount,
      String summary,
      long consentId,
      Instant receivedAt,
      LocalDate retainUntil) {}

  /** A file taken in from the inbox; the report names problems by line and field only. */
  record DropView(
      long id,
      String fileName,
      Instant receivedAt,
      String status,
      int rows,
      int matched,
      int kept,
      int withoutConsent,
      int unknown,
      String report) {}

  /** A configured source. */
  record SourceView(
      String id, String description, Set<String> categories, boolean up, String detail) {}
}
