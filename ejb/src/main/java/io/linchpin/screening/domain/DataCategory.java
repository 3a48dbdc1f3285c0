package io.linchpin.screening.domain;

import java.util.Optional;

/**
 * A category of external data, each needing its own consent, with how long what is found is kept
 * unless IT sets {@code linchpin.screening.retention.<CATEGORY>} (days).
 */
public enum DataCategory {
  CREDIT_REPORT(365, "征信报告（贷款、逾期、查询记录）", "Credit report summary (loans, overdue debts, inquiries)"),
  COURT_RECORDS(730, "法院裁判文书与未决诉讼", "Court judgements and pending lawsuits"),
  DISHONEST_DEBTOR(365, "失信被执行人名单", "Listing as a dishonest judgement debtor"),
  SOCIAL_INSURANCE(365, "社会保险缴纳记录", "Social-insurance contribution records");

  private final int retentionDays;
  private final String chinese;
  private final String english;

  DataCategory(int retentionDays, String chinese, String english) {
    this.retentionDays = retentionDays;
    this.chinese = chinese;
    this.english = english;
  }

  public int defaultRetentionDays() {
    return retentionDays;
  }

  /** How the data is named to the employee in a consent: Chinese, then English. */
  public String description() {
    return chinese + " / " + english;
  }

  public static Optional<DataCategory> parse(String name) {
    for (DataCategory c : values()) {
      if (c.name().equalsIgnoreCase(name)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
