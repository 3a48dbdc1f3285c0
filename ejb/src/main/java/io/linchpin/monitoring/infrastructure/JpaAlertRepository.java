package io.linchpin.monitoring.infrastructure;

import io.linchpin.monitoring.domain.Alert;
import io.linchpin.monitoring.domain.AlertMonthCount;
import io.linchpin.monitoring.domain.AlertNotice;
import io.linchpin.monitoring.domain.AlertRepository;
import io.linchpin.monitoring.domain.AlertStatus;
import io.linchpin.monitoring.domain.AlertTally;
import io.linchpin.monitoring.domain.ExplanationRequest;
import io.linchpin.monitoring.domain.RiskCounts;
import io.linchpin.monitoring.domain.RiskScore;
import io.linchpin.monitoring.domain.RiskSnapshot;
import io.linchpin.monitoring.domain.RiskTally;
import io.linchpin.monitoring.domain.ScanRun;
import io.linchpin.monitoring.domain.Severity;
import io.linchpin.shared.InLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
  public Map<String, Alert> ending(Collection<Long> employeeIds, YearMonth first, YearMonth last) {
    Map<String, Alert> byKey = new HashMap<>();
    InLists.byIds(
            employeeIds,
            slice ->
                em.createQuery(
                        "select a from Alert a where a.employeeId in :ids"
                            + " and a.windowTo between :f and :t",
                        Alert.class)
                    .setParameter("ids", slice)
                    .setParameter("f", first.atDay(1))
                    .setParameter("t", last.atDay(1))
                    .getResultList(),
            (from, to) ->
                em.createQuery(
                        "select a from Alert a where a.employeeId between :first and :last"
                            + " and a.windowTo between :f and :t",
                        Alert.class)
                    .setParameter("first", from)
                    .setParameter("last", to)
                    .setParameter("f", first.atDay(1))
                    .setParameter("t", last.atDay(1))
                    .getResultList(),
            Alert::getEmployeeId)
        .forEach(
            a ->
                byKey.merge(
                    a.getEmployeeId() + "/" + a.getDetectorKey(),
                    a,
                    (x, y) -> x.getWindowTo().isAfter(y.getWindowTo()) ? x : y));
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
  public Map<Long, List<RiskScore.Open>> open(
      Collection<Long> employeeIds, java.time.Instant since) {
    // Open is "not dismissed": a second IN list (of statuses) made H2 leave the people out of its
    // index lookup.
    String select =
        "select a.employeeId, a.detectorKey, a.detectorName, a.severity from Alert a where ";
    String rest = " and a.status <> :dismissed and a.lastRaisedAt >= :since";
    Map<Long, List<RiskScore.Open>> byPerson = new HashMap<>();
    InLists.byIds(
            employeeIds,
            slice ->
                em.createQuery(select + "a.employeeId in :ids" + rest, Object[].class)
                    .setParameter("ids", slice)
                    .setParameter("dismissed", AlertStatus.DISMISSED)
                    .setParameter("since", since)
                    .getResultList(),
            (first, last) ->
                em.createQuery(
                        select + "a.employeeId between :first and :last" + rest, Object[].class)
                    .setParameter("first", first)
                    .setParameter("last", last)
                    .setParameter("dismissed", AlertStatus.DISMISSED)
                    .setParameter("since", since)
                    .getResultList(),
            row -> (Long) row[0])
        .forEach(
            row ->
                byPerson
                    .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add(new RiskScore.Open((String) row[1], (String) row[2], (Severity) row[3])));
    return byPerson;
  }

  @Override
  public Map<Long, RiskSnapshot.Scores> riskScores(Collection<Long> employeeIds, YearMonth month) {
    String select =
        "select r.employeeId, r.likelihood, r.impact, r.score from RiskSnapshot r where ";
    Map<Long, RiskSnapshot.Scores> byPerson = new HashMap<>();
    InLists.byIds(
            employeeIds,
            slice ->
                em.createQuery(select + "r.employeeId in :ids and r.month = :m", Object[].class)
                    .setParameter("ids", slice)
                    .setParameter("m", month.atDay(1))
                    .getResultList(),
            (first, last) ->
                em.createQuery(
                        select + "r.employeeId between :first and :last and r.month = :m",
                        Object[].class)
                    .setParameter("first", first)
                    .setParameter("last", last)
                    .setParameter("m", month.atDay(1))
                    .getResultList(),
            row -> (Long) row[0])
        .forEach(
            row ->
                byPerson.put(
                    (Long) row[0],
                    new RiskSnapshot.Scores((Integer) row[1], (Integer) row[2], (Integer) row[3])));
    return byPerson;
  }

  @Override
  public void updateRisk(long employeeId, YearMonth month, RiskScore risk, java.time.Instant at) {
    em.createQuery(
            "update RiskSnapshot r set r.likelihood = :l, r.impact = :i, r.score = :s,"
                + " r.computedAt = :at where r.employeeId = :e and r.month = :m")
        .setParameter("l", risk.likelihood())
        .setParameter("i", risk.impact())
        .setParameter("s", risk.score())
        .setParameter("at", at)
        .setParameter("e", employeeId)
        .setParameter("m", month.atDay(1))
        .executeUpdate();
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
      io.linchpin.shared.Visibility visibility,
      String unitPath,
      String jobFamily,
      List<Instant> bounds,
      ZoneId zone,
      int fewPeople) {
    Map<String, Object> params = new HashMap<>();
    String scope = tallies("AlertMonthCount", visibility, unitPath, jobFamily, params);
    List<AlertTally.Count> counts = new ArrayList<>();
    // The whole months of the period from the counts, in one query.
    Map<YearMonth, Integer> wholeMonths = new HashMap<>();
    for (int i = 0; i + 1 < bounds.size(); i++) {
      YearMonth month = YearMonth.from(bounds.get(i).atZone(zone));
      if (bounds.get(i).equals(start(month, zone))
          && bounds.get(i + 1).equals(start(month.plusMonths(1), zone))) {
        wholeMonths.put(month, i);
      }
    }
    if (!wholeMonths.isEmpty()) {
      TypedQuery<Object[]> monthly =
          em.createQuery(
              "select t.detectorKey, t.month, sum(t.open), sum(t.triaged), sum(t.casesOpened),"
                  + " sum(t.dismissed)"
                  + scope
                  + " and t.month >= :first and t.month <= :last"
                  + " group by t.detectorKey, t.month",
              Object[].class);
      params.forEach(monthly::setParameter);
      monthly
          .setParameter("first", Collections.min(wholeMonths.keySet()).atDay(1))
          .setParameter("last", Collections.max(wholeMonths.keySet()).atDay(1))
          .getResultStream()
          .forEach(
              r -> {
                Integer period = wholeMonths.get(YearMonth.from((LocalDate) r[1]));
                if (period == null) {
                  return;
                }
                for (AlertStatus status : AlertStatus.values()) {
                  long n = ((Number) r[2 + status.ordinal()]).longValue();
                  if (n > 0) {
                    counts.add(new AlertTally.Count((String) r[0], status, period, n));
                  }
                }
              });
    }
    // The days of a month the period cuts, from the alerts counted in the counts in scope.
    for (int i = 0; i + 1 < bounds.size(); i++) {
      if (wholeMonths.containsValue(i)) {
        continue;
      }
      int period = i;
      TypedQuery<Object[]> days =
          em.createQuery(
              "select a.detectorKey, a.status, count(a.id) from Alert a where a.tallyId in"
                  + " (select t.id"
                  + scope
                  + " and t.month >= :first and t.month <= :last)"
                  + " and a.raisedAt >= :from and a.raisedAt < :to"
                  + " group by a.detectorKey, a.status",
              Object[].class);
      params.forEach(days::setParameter);
      days.setParameter("first", YearMonth.from(bounds.get(i).atZone(zone)).atDay(1))
          .setParameter("last", YearMonth.from(bounds.get(i + 1).atZone(zone)).atDay(1))
          .setParameter("from", bounds.get(i))
          .setParameter("to", bounds.get(i + 1))
          .getResultStream()
          .forEach(
              r ->
                  counts.add(
                      new AlertTally.Count(
                          (String) r[0], (AlertStatus) r[1], period, ((Number) r[2]).longValue())));
    }
    Map<String, String> names = new HashMap<>();
    em.createQuery(
            "select d.key, d.name from DetectorVersion d where d.versionNo ="
                + " (select max(v.versionNo) from DetectorVersion v where v.key = d.key)",
            Object[].class)
        .getResultStream()
        .forEach(r -> names.put((String) r[0], (String) r[1]));
    java.util.Set<String> few = new java.util.TreeSet<>();
    if (fewPeople > 0) {
      Instant from = bounds.get(0);
      Instant to = bounds.get(bounds.size() - 1);
      counts.stream()
          .map(AlertTally.Count::detectorKey)
          .distinct()
          .forEach(
              key -> {
                // Enough people is known as soon as that many are found.
                TypedQuery<Long> people =
                    em.createQuery(
                        "select distinct a.employeeId from Alert a where a.tallyId in"
                            + " (select t.id"
                            + scope
                            + " and t.detectorKey = :key and t.month >= :first"
                            + " and t.month <= :last)"
                            + " and a.raisedAt >= :from and a.raisedAt < :to",
                        Long.class);
                params.forEach(people::setParameter);
                if (people
                        .setParameter("key", key)
                        .setParameter("first", YearMonth.from(from.atZone(zone)).atDay(1))
                        .setParameter("last", YearMonth.from(to.atZone(zone)).atDay(1))
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .setMaxResults(fewPeople)
                        .getResultList()
                        .size()
                    < fewPeople) {
                  few.add(key);
                }
              });
    }
    return new AlertTally(counts, names, few);
  }

  /**
   * The rows {@code t} of a table of counts ({@code RiskTally}, {@code AlertMonthCount}: an org
   * unit and a role family each) in the whole org units {@code visibility} covers, under {@code
   * unitPath} and of the role family when given: a {@code from … where …} to go on with {@code
   * and}.
   */
  private static String tallies(
      String entity,
      io.linchpin.shared.Visibility visibility,
      String unitPath,
      String jobFamily,
      Map<String, Object> params) {
    StringBuilder where =
        new StringBuilder(
            visibility.seesEveryone() && unitPath == null
                ? " from " + entity + " t where 1 = 1"
                : " from "
                    + entity
                    + " t, OrgUnit u where u.id = t.orgUnitId and "
                    + visibility.unitClause("u.path", unitPath, params));
    if (jobFamily != null) {
      where.append(" and t.jobFamily = :family");
      params.put("family", jobFamily);
    }
    return where.toString();
  }

  private static Instant start(YearMonth month, ZoneId zone) {
    return month.atDay(1).atStartOfDay(zone).toInstant();
  }

  @Override
  public int countAlerts(ZoneId zone, int max) {
    List<Object[]> rows =
        em.createQuery(
                "select a.id, a.detectorKey, a.status, a.raisedAt, u.id, p.jobFamily"
                    + " from Alert a, Employee e left join e.orgUnit u left join e.position p"
                    + " where e.id = a.employeeId and a.tallyId is null order by a.id",
                Object[].class)
            .setMaxResults(max)
            .getResultList();
    if (rows.isEmpty()) {
      return 0;
    }
    // What the transaction changed is written now: the updates below need not look at it again.
    em.flush();
    // The alerts per count and status they are to be in.
    Map<List<Object>, Map<AlertStatus, List<Long>>> cells = new LinkedHashMap<>();
    java.util.Set<LocalDate> months = new java.util.HashSet<>();
    for (Object[] r : rows) {
      YearMonth month = YearMonth.from(((Instant) r[3]).atZone(zone));
      months.add(month.atDay(1));
      cells
          .computeIfAbsent(
              Arrays.asList(month, r[1], r[4], r[5]), k -> new EnumMap<>(AlertStatus.class))
          .computeIfAbsent((AlertStatus) r[2], k -> new ArrayList<>())
          .add((Long) r[0]);
    }
    // The counts' ids by key, read as values: no entity stays managed, so that the updates below
    // do not each make the persistence context check them all.
    Map<List<Object>, Long> existing = new HashMap<>();
    InLists.query(
            months,
            slice ->
                em.createQuery(
                        "select t.id, t.month, t.detectorKey, t.orgUnitId, t.jobFamily"
                            + " from AlertMonthCount t where t.month in :months",
                        Object[].class)
                    .setParameter("months", slice)
                    .getResultList())
        .forEach(
            r ->
                existing.put(
                    Arrays.asList(YearMonth.from((LocalDate) r[1]), r[2], r[3], r[4]),
                    (Long) r[0]));
    int counted = 0;
    for (Map.Entry<List<Object>, Map<AlertStatus, List<Long>>> cell : cells.entrySet()) {
      List<Object> key = cell.getKey();
      long count =
          existing.computeIfAbsent(
              key,
              k -> {
                AlertMonthCount fresh =
                    new AlertMonthCount(
                        (YearMonth) k.get(0),
                        (String) k.get(1),
                        (Long) k.get(2),
                        (String) k.get(3));
                // Written at once with nothing in it: every count changes in place below,
                // never from a copy read before, so that no concurrent change is lost.
                em.persist(fresh);
                em.flush();
                em.detach(fresh);
                return fresh.getId();
              });
      for (Map.Entry<AlertStatus, List<Long>> status : cell.getValue().entrySet()) {
        // Only the alerts still in the status read: one changed since is counted next time.
        int n =
            InLists.query(
                    status.getValue(),
                    slice ->
                        List.of(
                            em.createQuery(
                                    // Not counted yet written so that the alerts are found
                                    // by their ids, not among all the uncounted.
                                    "update Alert a set a.tallyId = :t where a.id in :ids"
                                        + " and a.status = :s and coalesce(a.tallyId, 0) = 0")
                                .setParameter("t", count)
                                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                                .setParameter("ids", slice)
                                .setParameter("s", status.getKey())
                                .executeUpdate()))
                .stream()
                .mapToInt(Integer::intValue)
                .sum();
        if (n > 0) {
          String field = AlertMonthCount.field(status.getKey());
          em.createQuery(
                  "update AlertMonthCount t set t."
                      + field
                      + " = t."
                      + field
                      + " + :n where t.id = :id")
              .setParameter("n", n)
              .setParameter("id", count)
              .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
              .executeUpdate();
        }
        counted += n;
      }
    }
    return counted;
  }

  @Override
  public void statusChanged(Alert alert, AlertStatus before) {
    if (alert.getTallyId() == null || before == alert.getStatus()) {
      return;
    }
    String from = AlertMonthCount.field(before);
    String to = AlertMonthCount.field(alert.getStatus());
    em.createQuery(
            "update AlertMonthCount t set t."
                + from
                + " = t."
                + from
                + " - 1, t."
                + to
                + " = t."
                + to
                + " + 1 where t.id = :id")
        .setParameter("id", alert.getTallyId())
        .executeUpdate();
  }

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
            // Ordered as the index is (the month first, though fixed), so that the database
            // reads the month's first entries in index order rather than all of them and a sort.
            "select r.employeeId, r.score from RiskSnapshot r where r.month = :m"
                + " order by r.month, r.score desc",
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
      io.linchpin.shared.Visibility visibility,
      String unitPath,
      String jobFamily,
      YearMonth from,
      YearMonth to) {
    Map<String, Object> params = new HashMap<>();
    String where = tallies("RiskTally", visibility, unitPath, jobFamily, params);
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
