package io.linchpin.monitoring.application;

import java.util.List;

/**
 * Seeds the demo's internal signals and asks for the first scan: a year of ordinary months for
 * everyone, except a core engineer whose business trips rose 40% over the last three months and a
 * sales manager whose expense claims stayed over the limit for three months running. The scan
 * starts once the demo company's transaction has committed. Used only by the demo company.
 */
public interface DemoSignals {

  /** Months of signals the demo seeds, ending with the last complete month. */
  int MONTHS = 12;

  void seed(long engineerId, long overspenderId, List<Long> everyone);
}
