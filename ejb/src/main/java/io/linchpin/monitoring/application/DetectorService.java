package io.linchpin.monitoring.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The detectors: which signals and external records raise an alert, and when. HR admins change
 * them; every change is a new version (alerts name the version that raised them) and on record in
 * the audit log. The product brief's examples ship as the first versions.
 */
public interface DetectorService {

  /** Every detector in its version in force. */
  List<DetectorView> detectors();

  /** Every version of a detector, newest first. */
  List<DetectorView> versions(String key);

  /**
   * Creates a detector or a new version of it; an unchanged configuration keeps the version in
   * force. Every problem is named by its field.
   */
  DetectorView save(String key, DetectorInput input);

  /** A detector's configuration (see the API reference for each type's fields). */
  record DetectorInput(
      String name,
      String type,
      String series,
      String otherSeries,
      Integer windowMonths,
      Integer baselineMonths,
      BigDecimal threshold,
      Integer periods,
      List<String> kinds,
      String condition,
      String severity,
      Boolean enabled) {}

  /** A detector version. */
  record DetectorView(
      String key,
      int version,
      String name,
      String type,
      String series,
      String otherSeries,
      int windowMonths,
      int baselineMonths,
      BigDecimal threshold,
      int periods,
      List<String> kinds,
      String condition,
      String severity,
      boolean enabled,
      Instant createdAt,
      String createdBy) {}
}
