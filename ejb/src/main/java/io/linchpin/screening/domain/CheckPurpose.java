package io.linchpin.screening.domain;

import java.util.Optional;

/** Why external data is looked at; a consent is for one purpose only. */
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

  public static Optional<CheckPurpose> parse(String name) {
    for (CheckPurpose p : values()) {
      if (p.name().equalsIgnoreCase(name)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
