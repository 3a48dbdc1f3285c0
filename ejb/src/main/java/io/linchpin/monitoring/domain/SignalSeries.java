package io.linchpin.monitoring.domain;

import java.util.Optional;

/** The internal signals kept per person and month, with their unit. */
public enum SignalSeries {
  /** Hours present at work (attendance terminals). */
  ATTENDANCE_HOURS("h"),
  /** Overtime hours. */
  OVERTIME_HOURS("h"),
  /** Days away on business trips. */
  TRIP_DAYS("d"),
  /** Expense claims, yuan. */
  EXPENSE_AMOUNT("CNY"),
  /** Mean hotel cost per night on trips, yuan. */
  HOTEL_NIGHT_COST("CNY"),
  /** Performance score, 0–100. */
  PERFORMANCE_SCORE("pts");

  private final String unit;

  SignalSeries(String unit) {
    this.unit = unit;
  }

  public String unit() {
    return unit;
  }

  public static Optional<SignalSeries> parse(String name) {
    for (SignalSeries s : values()) {
      if (s.name().equalsIgnoreCase(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
