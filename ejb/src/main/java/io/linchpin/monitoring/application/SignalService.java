package io.linchpin.monitoring.application;

import io.linchpin.people.application.ImportView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Internal signals per person and month: attendance, overtime, business trips, expense claims,
 * hotel cost per night, performance. HR records them through the API or imports them from a
 * spreadsheet (all or nothing either way); a month's value recorded again replaces the old one.
 */
public interface SignalService {

  /** A person's values between two months ({@code 2026-01}), all series, oldest first. */
  List<SignalView> signals(long employeeId, String from, String to);

  /** Records values for a person, all or none; every problem named {@code values[i].field}. */
  Recorded record(long employeeId, List<SignalInput> values);

  /**
   * Accepts a file (CSV or XLSX: 工号, 月份 and a column per series) for import by a batch job, all or
   * nothing; follow the returned import. HR admins only.
   */
  ImportView importSignals(String fileName, byte[] content);

  /** The header row a signals file is read by, in Chinese or English. */
  byte[] importTemplate(String language);

  /** A value to record: {@code {"series": "TRIP_DAYS", "period": "2026-11", "value": 7}}. */
  record SignalInput(String series, String period, BigDecimal value) {}

  /** A recorded value. */
  record SignalView(
      String series,
      String period,
      BigDecimal value,
      String unit,
      Instant recordedAt,
      String recordedBy) {}

  /** How many values were new, changed, or the same as before. */
  record Recorded(int created, int updated, int unchanged) {}
}
