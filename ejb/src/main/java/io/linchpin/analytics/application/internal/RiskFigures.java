package io.linchpin.analytics.application.internal;

import io.linchpin.analytics.application.ReviewService.BenchGap;
import io.linchpin.analytics.application.ReviewService.BenchReview;
import io.linchpin.analytics.application.ReviewService.HeatCell;
import io.linchpin.analytics.application.ReviewService.Period;
import io.linchpin.analytics.application.ReviewService.RiskGroup;
import io.linchpin.analytics.application.ReviewService.RiskMonth;
import io.linchpin.analytics.application.ReviewService.RiskReview;
import io.linchpin.analytics.domain.ScoreHistogram;
import io.linchpin.analytics.domain.SmallGroups;
import io.linchpin.corerole.application.SuccessionStatistics;
import io.linchpin.monitoring.application.AlertStatistics.HeatCount;
import io.linchpin.monitoring.application.AlertStatistics.RiskCount;
import io.linchpin.monitoring.application.AlertStatistics.RiskTallies;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The risk overview from people counted by score: distributions and trends of the scope, its org
 * units and its role families; the heat map; the bench. Pure: the same counts give the same
 * figures.
 */
final class RiskFigures {

  /** Scores in bands of twenty points; the last band holds 80 to 100. */
  static final int BAND_WIDTH = 20;

  static final List<String> BANDS = List.of("0–19", "20–39", "40–59", "60–79", "80–100");

  /** The score from which a risk counts as high. */
  static final int HIGH_FROM = 60;

  /** The most core employees without a ready successor the overview lists. */
  static final int MAX_GAPS = 50;

  /**
   * An org unit the overview shows, with its subtree, or only the people directly in it ({@code
   * own}: the unit whose sub-units are shown beside it).
   */
  record UnitGroup(String name, long orgUnitId, boolean own) {}

  private final List<YearMonth> months;
  private final boolean seesSmallGroups;

  RiskFigures(List<YearMonth> months, boolean seesSmallGroups) {
    this.months = List.copyOf(months);
    this.seesSmallGroups = seesSmallGroups;
  }

  /**
   * {@code groupOf}: the index in {@code groups} of each org unit whose people count in a group;
   * {@code highest}: the bench's gaps to list (see {@link #highest}), with their latest risk scores
   * and their best candidates' readiness by employee id.
   */
  RiskReview risk(
      Period period,
      RiskTallies tallies,
      List<UnitGroup> groups,
      Map<Long, Integer> groupOf,
      SuccessionStatistics.Bench bench,
      List<SuccessionStatistics.Gap> highest,
      Map<Long, Integer> scores,
      Map<Long, String> readiness) {
    YearMonth latest = tallies.latest();
    Map<YearMonth, ScoreHistogram> overall = new TreeMap<>();
    List<Map<YearMonth, ScoreHistogram>> byUnit = new ArrayList<>();
    groups.forEach(g -> byUnit.add(new TreeMap<>()));
    Map<String, Map<YearMonth, ScoreHistogram>> byFamily = new TreeMap<>(FAMILIES);
    for (RiskCount c : tallies.byUnit()) {
      add(overall, c);
      Integer group = c.orgUnitId() == null ? null : groupOf.get(c.orgUnitId());
      if (group != null) {
        add(byUnit.get(group), c);
      }
    }
    for (RiskCount c : tallies.byFamily()) {
      add(byFamily.computeIfAbsent(c.roleFamily(), k -> new TreeMap<>()), c);
    }
    List<RiskGroup> units = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      units.add(group(groups.get(i).name(), groups.get(i).orgUnitId(), byUnit.get(i), latest));
    }
    List<RiskGroup> families = new ArrayList<>();
    byFamily.forEach((family, series) -> families.add(group(family, null, series, latest)));
    RiskGroup scope = group(null, null, overall, latest);
    return new RiskReview(
        period,
        latest == null ? null : latest.toString(),
        BANDS,
        HIGH_FROM,
        scope,
        units,
        families,
        heat(tallies.heat(), scope.withheld()),
        new BenchReview(
            bench.coreRoles(),
            (long) bench.gaps().size(),
            highest.stream()
                .map(
                    g ->
                        new BenchGap(
                            g.employeeId(),
                            g.employeeNumber(),
                            g.fullName(),
                            g.orgUnit(),
                            g.position(),
                            g.roleFamily(),
                            g.criticality(),
                            scores.get(g.employeeId()),
                            readiness.get(g.employeeId())))
                .toList()));
  }

  /** Role families by name, people without one last. */
  private static final Comparator<String> FAMILIES =
      Comparator.nullsLast(Comparator.naturalOrder());

  private static void add(Map<YearMonth, ScoreHistogram> series, RiskCount c) {
    series.computeIfAbsent(c.month(), k -> new ScoreHistogram()).add(c.score(), c.people());
  }

  private RiskGroup group(
      String name, Long orgUnitId, Map<YearMonth, ScoreHistogram> series, YearMonth latest) {
    ScoreHistogram now = latest == null ? null : series.get(latest);
    long people = now == null ? 0 : now.people();
    List<RiskMonth> trend = new ArrayList<>();
    for (YearMonth m : months) {
      ScoreHistogram h = series.getOrDefault(m, new ScoreHistogram());
      trend.add(
          SmallGroups.withheld(h.people(), seesSmallGroups)
              ? new RiskMonth(m.toString(), true, null, null, null, null)
              : new RiskMonth(
                  m.toString(),
                  false,
                  h.people(),
                  h.median(),
                  ReviewFigures.round(h.mean()),
                  h.atLeast(HIGH_FROM)));
    }
    if (SmallGroups.withheld(people, seesSmallGroups)) {
      return new RiskGroup(name, orgUnitId, true, null, null, null, null, null, trend);
    }
    ScoreHistogram h = now == null ? new ScoreHistogram() : now;
    return new RiskGroup(
        name,
        orgUnitId,
        false,
        people,
        Arrays.stream(h.bands(BAND_WIDTH)).boxed().toList(),
        h.median(),
        h.nearestRank(90),
        h.atLeast(HIGH_FROM),
        trend);
  }

  /** Criticality band × risk band; a cell of one to four people is withheld. */
  private List<HeatCell> heat(List<HeatCount> counts, boolean allWithheld) {
    long[][] cells = new long[BANDS.size()][BANDS.size()];
    for (HeatCount c : counts) {
      int criticality = Math.max(0, Math.min(BANDS.size() - 1, c.criticalityBand()));
      int risk = Math.min(BANDS.size() - 1, Math.max(0, c.score()) / BAND_WIDTH);
      cells[criticality][risk] += c.people();
    }
    List<HeatCell> heat = new ArrayList<>();
    for (int c = 0; c < BANDS.size(); c++) {
      for (int r = 0; r < BANDS.size(); r++) {
        long people = cells[c][r];
        boolean withheld =
            allWithheld || (people > 0 && SmallGroups.withheld(people, seesSmallGroups));
        heat.add(new HeatCell(BANDS.get(c), BANDS.get(r), withheld, withheld ? null : people));
      }
    }
    return heat;
  }

  /**
   * The gaps the overview lists: the highest latest risk score first (none scored last), then the
   * highest criticality; at most {@value #MAX_GAPS}.
   */
  static List<SuccessionStatistics.Gap> highest(
      List<SuccessionStatistics.Gap> gaps, Map<Long, Integer> scores) {
    Comparator<SuccessionStatistics.Gap> highest =
        Comparator.comparing(
                (SuccessionStatistics.Gap g) -> scores.getOrDefault(g.employeeId(), -1))
            .reversed()
            .thenComparing(
                g -> g.criticality() == null ? BigDecimal.ZERO : g.criticality(),
                Comparator.reverseOrder())
            .thenComparing(SuccessionStatistics.Gap::employeeNumber);
    return gaps.stream().sorted(highest).limit(MAX_GAPS).toList();
  }

  /** Each org unit's group: the first group whose unit is it or above it. */
  static Map<Long, Integer> groupOf(Map<Long, String> paths, List<UnitGroup> groups) {
    Map<Long, Integer> of = new HashMap<>();
    paths.forEach(
        (id, path) -> {
          for (int i = 0; i < groups.size(); i++) {
            String root = paths.get(groups.get(i).orgUnitId());
            boolean in =
                root != null
                    && (path.equals(root)
                        || (!groups.get(i).own() && path.startsWith(root + PATH_SEPARATOR)));
            if (in) {
              of.put(id, i);
              return;
            }
          }
        });
    return of;
  }

  private static final String PATH_SEPARATOR = "/";
}
