package io.linchpin.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much attention a person needs now: likelihood (from the open alerts of the last three months,
 * each detector counted once at its severity's weight, at most 100) × impact (the criticality score
 * of the person's current core-role assessment, 0–100) / 100. Every point is explained line by
 * line. Advisory, like the alerts it comes from.
 */
public record RiskScore(
    int likelihood, int impact, int score, boolean assessed, List<String> lines) {

  /** Points a detector adds to the likelihood, by the severity of its alert. */
  public static final Map<Severity, Integer> WEIGHTS =
      Map.of(Severity.LOW, 15, Severity.MEDIUM, 30, Severity.HIGH, 50);

  /** The impact assumed for someone not assessed: the middle of the scale, said so. */
  public static final int UNASSESSED_IMPACT = 50;

  /** An open alert: its detector and severity. */
  public record Open(String detector, String name, Severity severity) {}

  public static RiskScore of(List<Open> openAlerts, BigDecimal criticality) {
    List<String> lines = new ArrayList<>();
    Map<String, Open> byDetector = new LinkedHashMap<>();
    for (Open o : openAlerts) {
      byDetector.merge(
          o.detector(), o, (a, b) -> a.severity().compareTo(b.severity()) >= 0 ? a : b);
    }
    int sum = 0;
    for (Open o : byDetector.values()) {
      int w = WEIGHTS.get(o.severity());
      sum += w;
      lines.add("+" + w + " " + o.name() + " (" + o.severity() + ")");
    }
    int likelihood = Math.min(100, sum);
    lines.add(
        "likelihood "
            + likelihood
            + (sum > 100 ? " (" + sum + ", at most 100)" : "")
            + (byDetector.isEmpty() ? ": no open alert in the last three months" : ""));
    boolean assessed = criticality != null;
    int impact =
        assessed ? criticality.setScale(0, RoundingMode.HALF_UP).intValue() : UNASSESSED_IMPACT;
    lines.add(
        "impact "
            + impact
            + (assessed
                ? ": criticality score of the current core-role assessment"
                : ": not assessed, the middle of the scale assumed"));
    int score =
        BigDecimal.valueOf((long) likelihood * impact)
            .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
            .intValue();
    lines.add("risk " + likelihood + " × " + impact + " / 100 = " + score);
    return new RiskScore(likelihood, impact, score, assessed, List.copyOf(lines));
  }
}
