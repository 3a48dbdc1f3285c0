package io.linchpin.monitoring.infrastructure;

import io.linchpin.monitoring.domain.Alert;
import io.linchpin.monitoring.domain.AlertNotice;
import io.linchpin.monitoring.domain.AlertRepository;
import io.linchpin.monitoring.domain.AlertStatus;
import io.linchpin.monitoring.domain.AlertTally;
import io.linchpin.monitoring.domain.ExplanationRequest;
import io.linchpin.monitoring.domain.RiskCounts;
import io.linchpin.monitoring.domain.RiskSnapshot;
import io.linchpin.monitoring.domain.RiskTally;
import io.linchpin.monitoring.domain.ScanRun;
import io.linchpin.shared.InLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaAlertRepository implements AlertRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(Alert alert) {
    em.persist(alert);
  }

  @Override
  public Optional<Alert> alert(long id) {
    return Optional.ofNullable(em.find(Alert.class, id));
  }

  @Override
  public Map<String, Alert> ending(Collection<Long> employeeIds, YearMonth windowTo) {
    Map<String, Alert> byKey = new HashMap<>();
    InLists.query(
            employeeIds,
            slice ->
                em.createQuery(
                        "select a from Alert a where a.employeeId in :ids and a.windowTo = :t",
                        Alert.class)
                    .setParameter("ids", slice)
                    .setParameter("t", windowTo.atDay(1))
                    .getResultList())
        .forEach(a -> byKey.put(a.getEmployeeId() + "/" + a.getDetectorKey(), a));
    return byKey;
  }

  @Override
  public List<Alert> latest(AlertStatus status, int max) {
    TypedQuery<Alert> q =
        em.createQuery(
            "select a from Alert a"
                + (status == null ? "" : " where a.status = :s")
                + " order by a.lastRaisedAt desc, a.id desc",
            Alert.class);
    if (status != null) {
      q.setParameter("s", status);
    }
    return q.setMaxResults(max).getResultList();
  }

  @Override
  public List<Alert> of(long employeeId) {
    return em.createQuery(
            "select a from Alert a where a.employeeId = :e order by a.lastRaisedAt desc, a.id desc",
            Alert.class)
        .setParameter("e", employeeId)
        .getResultList();
  }

  @Override
  public List<Alert> open(Collection<Long> employeeIds, java.time.Instant since) {
    return InLists.query(
        employeeIds,
        slice ->
            // Open is "not dismissed": a second IN list (of statuses) made H2 leave the people
            // out of its index lookup.
            em.createQuery(
                    "select a from Alert a where a.employeeId in :ids and a.status <> :dismissed"
                        + " and a.lastRaisedAt >= :since",
                    Alert.class)
                .setParameter("ids", slice)
                .setParameter("dismissed", AlertStatus.DISMISSED)
                .setParameter("since", since)
                .getResultList());
  }

  @Override
  public Map<Long, RiskSnapshot> risks(Collection<Long> employeeIds, YearMonth month) {
    Map<Long, RiskSnapshot> byPerson = new HashMap<>();
    InLists.query(
            employeeIds,
            slice ->
                em.createQuery(
                        "select r from RiskSnapshot r where r.employeeId in :ids and r.month = :m",
                        RiskSnapshot.class)
                    .setParameter("ids", slice)
                    .setParameter("m", month.atDay(1))
                    .getResultList())
        .forEach(r -> byPerson.put(r.getEmployeeId(), r));
    return byPerson;
  }

  @Override
  public void add(RiskSnapshot risk) {
    em.persist(risk);
  }

  @Override
  public List<RiskSnapshot> risks(long employeeId) {
    return em.createQuery(
            "select r from RiskSnapshot r where r.employeeId = :e order by r.month",
            RiskSnapshot.class)
        .setParameter("e", employeeId)
        .getResultList();
  }

  @Override
  public void add(ScanRun scan) {
    em.persist(scan);
  }

  @Override
  public void add(AlertNotice notice) {
    em.persist(notice);
  }

  @Override
  public void add(ExplanationRequest request) {
    em.persist(request);
  }

  @Override
  public Optional<ExplanationRequest> explanationRequest(long id) {
    return Optional.ofNullable(em.find(ExplanationRequest.class, id));
  }

  @Override
  public List<ExplanationRequest> explanationRequestsOf(long employeeId) {
    return em.createQuery(
            "select r from ExplanationRequest r where r.employeeId = :e"
                + " order by r.askedAt desc, r.id desc",
            ExplanationRequest.class)
        .setParameter("e", employeeId)
        .getResultList();
  }

  @Override
  public List<ExplanationRequest> explanationRequests(ExplanationRequest.Status status, int max) {
    return em.createQuery(
            "select r from ExplanationRequest r where r.status = :s order by r.askedAt, r.id",
            ExplanationRequest.class)
        .setParameter("s", status)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<AlertNotice> notices(long partnerId, int max) {
    return em.createQuery(
            "select n from AlertNotice n where n.partnerId = :p order by n.createdAt desc, n.id desc",
            AlertNotice.class)
        .setParameter("p", partnerId)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public Optional<ScanRun> scan(long id) {
    return Optional.ofNullable(em.find(ScanRun.class, id));
  }

  @Override
  public List<ScanRun> unfinishedScans() {
    return em.createQuery(
            "select s from ScanRun s where s.status = :r order by s.id", ScanRun.class)
        .setParameter("r", ScanRun.Status.RUNNING)
        .getResultList();
  }

  @Override
  public List<ScanRun> scans(int max) {
    return em.createQuery("select s from ScanRun s order by s.id desc", ScanRun.class)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public Optional<ScanRun> lastCompletedScan() {
    return em.createQuery(
            "select s from ScanRun s where s.status = :c order by s.startedAt desc, s.id desc",
            ScanRun.class)
        .setParameter("c", ScanRun.Status.COMPLETED)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Long> peopleWithSignalsAfter(
      long employeeId, LocalDate since, Instant recordedSince, int max) {
    if (recordedSince == null) {
      // Walks the people in id order and stops after max: the cost of a group does not grow
      // with the number of people already done.
      return em.createQuery(
              "select e.id from Employee e where e.id > :a and exists (select v.id from"
                  + " SignalValue v where v.employeeId = e.id and v.period >= :d) order by e.id",
              Long.class)
          .setParameter("a", employeeId)
          .setParameter("d", since)
          .setMaxResults(max)
          .getResultList();
    }
    return em.createQuery(
            "select distinct v.employeeId from SignalValue v where v.employeeId > :a"
                + " and v.period >= :d and v.recordedAt >= :r order by v.employeeId",
            Long.class)
        .setParameter("a", employeeId)
        .setParameter("d", since)
        .setParameter("r", recordedSince)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public boolean signalsRecordedSince(Instant since) {
    return !em.createQuery("select v.id from SignalValue v where v.recordedAt > :r", Long.class)
        .setParameter("r", since)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public AlertTally tally(
      io.linchpin.people.domain.Visibility visibility,
      String unitPath,
      String jobFamily,
      List<Instant> bounds) {
    Map<String, Object> params = new HashMap<>();
    boolean everyone = visibility.seesEveryone() && unitPath == null && jobFamily == null;
    String where =
        everyone
            ? " from Alert a where a.raisedAt >= :from and a.raisedAt < :to"
            : " from Alert a, Employee e where e.id = a.employeeId"
                + " and a.raisedAt >= :from and a.raisedAt < :to and "
                + visibility.clause("e", unitPath, jobFamily, params);
    params.put("from", bounds.get(0));
    params.put("to", bounds.get(bounds.size() - 1));
    // The period of each alert, with the bounds as literals (UTC, as instants are stored) so that
    // the same expression can be grouped by: the months are the server's, which the database does
    // not know.
    // One period: nothing to tell apart (and a constant is no expression to group by).
    String period = bounds.size() > 2 ? period(bounds, 0, bounds.size() - 1) : "0";
    TypedQuery<Object[]> counted =
        em.createQuery(
            bounds.size() > 2
                ? "select a.detectorKey, a.status, "
                    + period
                    + ", count(a.id)"
                    + where
                    + " group by a.detectorKey, a.status, "
                    + period
                : "select a.detectorKey, a.status, 0, count(a.id)"
                    + where
                    + " group by a.detectorKey, a.status",
            Object[].class);
    params.forEach(counted::setParameter);
    List<AlertTally.Count> counts =
        counted
            .getResultStream()
            .map(
                r ->
                    new AlertTally.Count(
                        (String) r[0],
                        (AlertStatus) r[1],
                        ((Number) r[2]).intValue(),
                        ((Number) r[3]).longValue()))
            .toList();
    TypedQuery<Object[]> people =
        em.createQuery(
            "select a.detectorKey, max(a.detectorName), count(distinct a.employeeId)"
                + where
                + " group by a.detectorKey",
            Object[].class);
    params.forEach(people::setParameter);
    Map<String, String> names = new HashMap<>();
    Map<String, Long> distinct = new HashMap<>();
    people
        .getResultList()
        .forEach(
            r -> {
              names.put((String) r[0], (String) r[1]);
              distinct.put((String) r[0], ((Number) r[2]).longValue());
            });
    return new AlertTally(counts, names, distinct);
  }

  /**
   * The expression giving the period in [{@code first}, {@code last}) an alert falls in, halving
   * the range at each step so that each row is compared with about log2(n) bounds.
   */
  private static String period(List<Instant> bounds, int first, int last) {
    if (last - first <= 1) {
      return Integer.toString(first);
    }
    int middle = (first + last) / 2;
    return "case when a.raisedAt < {ts '"
        + LITERAL.format(bounds.get(middle))
        + "'} then "
        + period(bounds, first, middle)
        + " else "
        + period(bounds, middle, last)
        + " end";
  }

  private static final java.time.format.DateTimeFormatter LITERAL =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
          .withZone(java.time.ZoneOffset.UTC);

  @Override
  public Map<Long, Map<YearMonth, Integer>> riskScores(
      Collection<Long> employeeIds, YearMonth from, YearMonth to) {
    Map<Long, Map<YearMonth, Integer>> scores = new HashMap<>();
    InLists.query(
            employeeIds,
            slice ->
                em.createQuery(
                        // The months are kept off the index (the "or 1 = 0"), so that the
                        // people's index is used: a month is all of the company.
                        "select r.employeeId, r.month, r.score from RiskSnapshot r"
                            + " where r.employeeId in :ids"
                            + " and (r.month >= :f and r.month <= :t or 1 = 0)",
                        Object[].class)
                    .setParameter("ids", slice)
                    .setParameter("f", from.atDay(1))
                    .setParameter("t", to.atDay(1))
                    .getResultList())
        .forEach(
            r ->
                scores
                    .computeIfAbsent((Long) r[0], k -> new HashMap<>())
                    .put(YearMonth.from((LocalDate) r[1]), (Integer) r[2]));
    return scores;
  }

  @Override
  public void retally(YearMonth month) {
    em.createQuery("delete from RiskTally t where t.month = :m")
        .setParameter("m", month.atDay(1))
        .executeUpdate();
    Map<List<Object>, Long> people = new HashMap<>();
    em.createQuery(
            "select u.id, p.jobFamily, r.impact, r.score, count(r.id)"
                + " from RiskSnapshot r, Employee e left join e.orgUnit u left join e.position p"
                + " where e.id = r.employeeId and r.month = :m and e.erasedAt is null"
                + " group by u.id, p.jobFamily, r.impact, r.score",
            Object[].class)
        .setParameter("m", month.atDay(1))
        .getResultStream()
        .forEach(
            r ->
                people.merge(
                    java.util.Arrays.asList(
                        r[0], r[1], RiskTally.band((Integer) r[2]), (Integer) r[3]),
                    ((Number) r[4]).longValue(),
                    Long::sum));
    people.forEach(
        (k, n) ->
            em.persist(
                new RiskTally(
                    month,
                    (Long) k.get(0),
                    (String) k.get(1),
                    (Integer) k.get(2),
                    (Integer) k.get(3),
                    n.intValue())));
  }

  @Override
  public Map<Long, Integer> highestScores(YearMonth month, java.util.Set<Long> among, int wanted) {
    if (among.isEmpty() || wanted <= 0) {
      return Map.of();
    }
    // The highest scores first, a first slice large enough for the usual share of those wanted;
    // all of the month only when it holds too few of them.
    int slice = Math.max(2_000, wanted * 100);
    List<Object[]> rows = highest(month, slice);
    Map<Long, Integer> found = pick(rows, among, wanted);
    if (rows.size() == slice) {
      if (found.size() < wanted) {
        // Too few in the slice: all of the month.
        found = pick(highest(month, Integer.MAX_VALUE), among, wanted);
      } else {
        int lowest = found.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
        if ((Integer) rows.get(slice - 1)[1] == lowest) {
          // The last found may be tied with people beyond the slice: those with that score.
          Map<Long, Integer> tied = found;
          em.createQuery(
                  "select r.employeeId from RiskSnapshot r where r.month = :m and r.score = :s",
                  Long.class)
              .setParameter("m", month.atDay(1))
              .setParameter("s", lowest)
              .getResultStream()
              .filter(among::contains)
              .forEach(id -> tied.put(id, lowest));
        }
      }
    }
    return found;
  }

  private List<Object[]> highest(YearMonth month, int max) {
    return em.createQuery(
            "select r.employeeId, r.score from RiskSnapshot r where r.month = :m"
                + " order by r.score desc",
            Object[].class)
        .setParameter("m", month.atDay(1))
        .setMaxResults(max)
        .getResultList();
  }

  /** The first {@code wanted} of {@code among} in the rows, and any tied with the last. */
  private static Map<Long, Integer> pick(
      List<Object[]> rows, java.util.Set<Long> among, int wanted) {
    Map<Long, Integer> found = new HashMap<>();
    Integer last = null;
    for (Object[] r : rows) {
      int score = (Integer) r[1];
      if (last != null && found.size() >= wanted && score < last) {
        break;
      }
      if (among.contains((Long) r[0])) {
        found.put((Long) r[0], score);
        last = score;
      }
    }
    return found;
  }

  @Override
  public List<YearMonth> untallied() {
    List<LocalDate> tallied =
        em.createQuery("select distinct t.month from RiskTally t", LocalDate.class).getResultList();
    return em.createQuery(
            "select distinct r.month from RiskSnapshot r order by r.month", LocalDate.class)
        .getResultStream()
        .filter(m -> !tallied.contains(m))
        .map(YearMonth::from)
        .toList();
  }

  @Override
  public RiskCounts riskCounts(
      io.linchpin.people.domain.Visibility visibility,
      String unitPath,
      String jobFamily,
      YearMonth from,
      YearMonth to) {
    Map<String, Object> params = new HashMap<>();
    boolean everyone = visibility.seesEveryone() && unitPath == null;
    StringBuilder where =
        new StringBuilder(
            everyone
                ? " from RiskTally t where 1 = 1"
                : " from RiskTally t, OrgUnit u where u.id = t.orgUnitId and "
                    + visibility.unitClause("u.path", unitPath, params));
    if (jobFamily != null) {
      where.append(" and t.jobFamily = :family");
      params.put("family", jobFamily);
    }
    // Per unit and per role family apart: far fewer rows than both together.
    List<RiskCounts.Series> byUnit = new java.util.ArrayList<>();
    List<RiskCounts.Series> byFamily = new java.util.ArrayList<>();
    for (String by : List.of("t.orgUnitId", "t.jobFamily")) {
      TypedQuery<Object[]> series =
          em.createQuery(
              "select t.month, "
                  + by
                  + ", t.score, sum(t.people)"
                  + where
                  + " and t.month >= :f and t.month <= :t"
                  + " group by t.month, "
                  + by
                  + ", t.score",
              Object[].class);
      params.forEach(series::setParameter);
      boolean unit = by.equals("t.orgUnitId");
      series
          .setParameter("f", from.atDay(1))
          .setParameter("t", to.atDay(1))
          .getResultStream()
          .forEach(
              r ->
                  (unit ? byUnit : byFamily)
                      .add(
                          new RiskCounts.Series(
                              YearMonth.from((LocalDate) r[0]),
                              unit ? (Long) r[1] : null,
                              unit ? null : (String) r[1],
                              (Integer) r[2],
                              ((Number) r[3]).longValue())));
    }
    YearMonth latest =
        byUnit.stream().map(RiskCounts.Series::month).max(YearMonth::compareTo).orElse(null);
    if (latest == null) {
      return new RiskCounts(null, byUnit, byFamily, List.of());
    }
    TypedQuery<Object[]> heat =
        em.createQuery(
            "select t.impactBand, t.score, sum(t.people)"
                + where
                + " and t.month = :m group by t.impactBand, t.score",
            Object[].class);
    params.forEach(heat::setParameter);
    return new RiskCounts(
        latest,
        byUnit,
        byFamily,
        heat.setParameter("m", latest.atDay(1))
            .getResultStream()
            .map(
                r ->
                    new RiskCounts.Heat(
                        (Integer) r[0], (Integer) r[1], ((Number) r[2]).longValue()))
            .toList());
  }
}
