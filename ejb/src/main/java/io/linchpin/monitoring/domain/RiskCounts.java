package io.linchpin.monitoring.domain;

import java.time.YearMonth;
import java.util.List;

/**
 * People counted from the risk tallies for the review, nothing that names anyone: per month, org
 * unit, role family and risk score; and for the latest month per criticality band and risk score.
 */
public record RiskCounts(YearMonth latest, List<Series> series, List<Heat> heat) {

  public RiskCounts {
    series = List.copyOf(series);
    heat = List.copyOf(heat);
  }

  /** People of an org unit and role family (either may be null) with a score in a month. */
  public record Series(YearMonth month, Long orgUnitId, String jobFamily, int score, long people) {}

  /** People of a criticality band (see {@link RiskTally#band}) with a score in the latest month. */
  public record Heat(int impactBand, int score, long people) {}
}
