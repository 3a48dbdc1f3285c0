package io.linchpin.monitoring.domain;

import java.time.YearMonth;
import java.util.List;

/**
 * People counted from the risk tallies for the review, nothing that names anyone: per month, org
 * unit and risk score ({@code byUnit}), per month, role family and risk score ({@code byFamily});
 * and for the latest month per criticality band and risk score.
 */
public record RiskCounts(
    YearMonth latest, List<Series> byUnit, List<Series> byFamily, List<Heat> heat) {

  public RiskCounts {
    byUnit = List.copyOf(byUnit);
    byFamily = List.copyOf(byFamily);
    heat = List.copyOf(heat);
  }

  /** People of an org unit or of a role family (the other null) with a score in a month. */
  public record Series(YearMonth month, Long orgUnitId, String jobFamily, int score, long people) {}

  /** People of a criticality band (see {@link RiskTally#band}) with a score in the latest month. */
  public record Heat(int impactBand, int score, long people) {}
}
