package io.linchpin.screening.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Why external data is looked at; a consent is for one purpose only. A candidate is entered as a
 * person whose hire date is still ahead (an accepted offer): pre-hire checks run until that date,
 * in-service checks from it.
 */
public enum CheckPurpose {
  /** Before an offer is made or confirmed. */
  PRE_HIRE("入职前背景调查", "Background check before hiring"),
  /** Periodic checks while the person holds a core role. */
  IN_SERVICE("在职期间定期核查（核心岗位风险防范）", "Periodic checks while in a core role");

  private final String chinese;
  private final String english;

  CheckPurpose(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  public String description() {
    return chinese + " / " + english;
  }

  /**
   * Why a check of this purpose may not run for a person hired (or to be hired) on that date,
   * today; null when it may.
   */
  public static String problem(CheckPurpose purpose, LocalDate hireDate, LocalDate today) {
    if (hireDate == null) {
      return null;
    }
    if (purpose == PRE_HIRE && today.isAfter(hireDate)) {
      return "pre-hire checks are for candidates before their hire date; this person started on "
          + hireDate
          + ": use IN_SERVICE";
    }
    if (purpose == IN_SERVICE && today.isBefore(hireDate)) {
      return "this person starts on " + hireDate + "; until then only PRE_HIRE checks may run";
    }
    return null;
  }

  public static Optional<CheckPurpose> parse(String name) {
    for (CheckPurpose p : values()) {
      if (p.name().equalsIgnoreCase(name)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
