package io.linchpin.people.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which dates an employment can begin or change on, wherever they come from (the API, the portal,
 * an import): from 1950 to a year from today. Anything outside is a typing mistake or a probe, and
 * would push reports, tenure and risk windows off the scale.
 */
public final class EmploymentDates {

  /** The earliest hire or change date accepted. */
  public static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);

  private EmploymentDates() {}

  /** Why the date cannot be an employment date, or empty when it can. */
  public static Optional<String> implausible(LocalDate date, LocalDate today) {
    if (date.isBefore(EARLIEST) || date.isAfter(today.plusYears(1))) {
      return Optional.of("is not a plausible date: from " + EARLIEST + " to " + today.plusYears(1));
    }
    return Optional.empty();
  }
}
