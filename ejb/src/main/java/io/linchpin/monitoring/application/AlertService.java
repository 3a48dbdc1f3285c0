package io.linchpin.monitoring.application;

import io.linchpin.people.application.Ref;
import java.time.Instant;
import java.util.List;

/**
 * Scans and the alerts they raise. An alert is advisory: it asks a person in HR to look, with the
 * evidence; it never acts on anyone by itself. HR admins see every alert, HR business partners
 * those of the people in their units; reading an alert's evidence is audited.
 */
public interface AlertService {

  /**
   * Starts a scan of everyone with signals or external records (HR admins); refused while another
   * scan runs.
   */
  ScanView startScan();

  /** The newest scans, nightly, on demand and incremental (HR admins). */
  List<ScanView> scans();

  ScanView scan(long id);

  /** The newest alerts in the caller's reach (of a status when given), without their evidence. */
  List<AlertView> alerts(String status);

  /**
   * The caller's notices of new alerts about people in their units, newest first (HR business
   * partners are told; anyone may read their own).
   */
  List<NoticeView> notices(int max);

  /** A notice of a new alert. */
  record NoticeView(long id, long alertId, String message, Instant createdAt) {}

  /** An alert with its evidence; audited. */
  AlertView alert(long id);

  AlertView triage(long id);

  /** Dismisses an alert; the reason is required and kept. */
  AlertView dismiss(long id, String reason);

  /**
   * Opens a case about the person from the alert (the case's origin names it); the alert is then
   * CASE_OPENED.
   */
  AlertView openCase(long id, String caseType, String summary);

  /**
   * A person's risk now (from their open alerts and criticality, explained line by line) and as
   * each monthly scan found it. HR and business heads, for people they see.
   */
  RiskView risk(long employeeId);

  /** A risk score with its explanation, and the trend. */
  record RiskView(
      Ref employee,
      int score,
      int likelihood,
      int impact,
      boolean assessed,
      List<String> explanation,
      List<RiskPoint> trend) {}

  /** A month's score. */
  record RiskPoint(String month, int score, int likelihood, int impact) {}

  /** A scan and its progress. */
  record ScanView(
      long id,
      String month,
      String status,
      int people,
      int raised,
      int merged,
      Instant startedAt,
      Instant finishedAt,
      String requestedBy,
      Instant changedSince,
      int attempts,
      String message) {}

  /** An alert; {@code evidence} (JSON) only when read on its own. */
  record AlertView(
      long id,
      Ref employee,
      String detector,
      int detectorVersion,
      String detectorName,
      String severity,
      String from,
      String to,
      String status,
      int timesRaised,
      Instant raisedAt,
      Instant lastRaisedAt,
      String updatedBy,
      Instant updatedAt,
      String dismissReason,
      Long caseId,
      String evidence) {}
}
