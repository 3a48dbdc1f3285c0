package io.linchpin.analytics.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Where the monthly reports and the policy notes are kept. */
public interface ReviewRepository {

  void add(MonthlyReport report);

  Optional<MonthlyReport> report(long id);

  Optional<MonthlyReport> report(YearMonth month);

  /** The reports, newest month first, their files not read. */
  List<MonthlyReport.Entry> reports(int max);

  void add(PolicyNote note);

  Optional<PolicyNote> note(long id);

  /** The policy notes, latest effective first. */
  List<PolicyNote> notes();
}
