package io.linchpin.screening.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What external checks found, reduced to what monitoring's detectors need (kind, category, date),
 * for scans run as HR admin. Each read is audited.
 */
public interface ScreeningEvents {

  /** The records found about these people that happened on or after the day, by employee id. */
  Map<Long, List<EventView>> events(Collection<Long> employeeIds, LocalDate since);

  /**
   * The next people after an employee id about whom checks found anything, in id order; when {@code
   * receivedSince} is given, only those with a record received at or after it.
   */
  List<Long> peopleAfter(long employeeId, Instant receivedSince, int max);

  /** Whether any record was received after the instant. */
  boolean receivedSince(Instant since);

  /** One record, without its details. */
  record EventView(String kind, String category, LocalDate occurredOn) {}
}
