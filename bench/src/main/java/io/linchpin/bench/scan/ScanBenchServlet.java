package io.linchpin.bench.scan;

import io.linchpin.monitoring.application.AlertService;
import io.linchpin.monitoring.application.AlertService.ScanView;
import io.linchpin.monitoring.domain.DetectorRepository;
import io.linchpin.monitoring.domain.DetectorVersion;
import io.linchpin.monitoring.domain.SignalSeries;
import io.linchpin.people.domain.Employee;
import io.linchpin.people.domain.EmployeeRepository;
import io.linchpin.people.domain.EmploymentEvent;
import io.linchpin.people.domain.EmploymentTerms;
import io.linchpin.people.domain.OrgUnit;
import io.linchpin.people.domain.OrgUnitRepository;
import io.linchpin.people.domain.PersonalData;
import io.linchpin.shared.ConflictException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Runs in the server as the signed-in benchmark user (HR admin). {@code ?phase=seed&employees=
 * 100000&months=24} adds a company of that size with every person's six signal series for that many
 * months (written with JDBC batches: the seed is not what is measured); one person in twenty has
 * business trips 40% above their normal over the last three months, one in a hundred expense claims
 * over the limit three months running. {@code ?phase=run&repeat=3} then, each time, runs a full
 * scan through the real batch job (every enabled detector, alerts written and sealed, risk scores,
 * progress) and the hand-written SQL aggregate of the baseline-jump detector over the same data,
 * and answers both times, their throughputs and the heap the scan used; and the floor of any scan
 * that reads the history: one pass counting every value the detectors need, in the database.
 */
@WebServlet("/run")
public class ScanBenchServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final int BATCH = 1000;
  private static final String[] SERIES = {
    "ATTENDANCE_HOURS",
    "OVERTIME_HOURS",
    "TRIP_DAYS",
    "EXPENSE_AMOUNT",
    "HOTEL_NIGHT_COST",
    "PERFORMANCE_SCORE"
  };

  @Resource UserTransaction tx;

  @Resource(lookup = "java:jboss/datasources/LinchpinDS")
  DataSource ds;

  @PersistenceContext(unitName = "linchpin")
  EntityManager em;

  @Inject EmployeeRepository employees;
  @Inject OrgUnitRepository orgUnits;
  @EJB AlertService alerts;
  @Inject DetectorRepository detectors;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String phase = req.getParameter("phase");
    String answer;
    try {
      answer =
          switch (phase) {
            case "seed" -> seed(intParam(req, "employees", 100_000), intParam(req, "months", 24));
            case "run" -> run(intParam(req, "repeat", 3));
            default -> throw new IllegalArgumentException("phase seed or run");
          };
    } catch (Exception e) {
      try {
        if (tx.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
          tx.rollback();
        }
      } catch (Exception ignored) {
        // reported below
      }
      java.io.StringWriter trace = new java.io.StringWriter();
      e.printStackTrace(new java.io.PrintWriter(trace));
      resp.setStatus(500);
      resp.setContentType("text/plain");
      resp.getOutputStream().write(trace.toString().getBytes(StandardCharsets.UTF_8));
      return;
    }
    resp.setContentType("application/json");
    resp.getOutputStream().write(answer.getBytes(StandardCharsets.UTF_8));
  }

  private String seed(int n, int months) throws Exception {
    long started = System.nanoTime();
    String tag = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    List<Long> unitIds = new ArrayList<>();
    tx.begin();
    OrgUnit root = new OrgUnit("SCAN-" + tag, "扫描基准" + tag, null);
    orgUnits.add(root);
    for (int u = 0; u < 50; u++) {
      orgUnits.add(new OrgUnit("SCAN-" + tag + "-" + u, "部门" + u, root));
    }
    em.flush();
    for (OrgUnit u :
        em.createQuery("select u from OrgUnit u where u.parent = :r", OrgUnit.class)
            .setParameter("r", root)
            .getResultList()) {
      unitIds.add(u.getId());
    }
    tx.commit();

    List<Long> ids = new ArrayList<>(n);
    Instant now = Instant.now();
    for (int from = 0; from < n; from += BATCH) {
      tx.begin();
      List<Employee> batch = new ArrayList<>();
      for (int i = from; i < Math.min(n, from + BATCH); i++) {
        OrgUnit unit = em.getReference(OrgUnit.class, unitIds.get(i % unitIds.size()));
        EmploymentEvent hire =
            Employee.hire(
                "S" + tag + i,
                new PersonalData("员工" + i, null, null, null, null),
                LocalDate.of(2015, 1, 1).plusDays(i % 3000),
                new EmploymentTerms(unit, null, null, null, null),
                null,
                now,
                "bench");
        employees.add(hire.getEmployee());
        employees.add(hire);
        batch.add(hire.getEmployee());
      }
      em.flush();
      batch.forEach(e -> ids.add(e.getId()));
      tx.commit();
      em.clear();
    }
    long hired = System.nanoTime();

    YearMonth last = YearMonth.now().minusMonths(1);
    Random random = new Random(24);
    long id = 4_000_000_000L;
    long rows = 0;
    Timestamp at = Timestamp.from(now);
    for (int from = 0; from < ids.size(); from += BATCH) {
      tx.begin();
      try (Connection c = ds.getConnection();
          PreparedStatement insert =
              c.prepareStatement(
                  "insert into signal_value (id, employee_id, series, period_start,"
                      + " signal_value, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?)")) {
        for (int i = from; i < Math.min(ids.size(), from + BATCH); i++) {
          boolean trips = i % 20 == 0;
          boolean expenses = i % 100 == 1;
          double[] level = {
            168 + random.nextInt(16),
            10 + random.nextInt(20),
            2 + random.nextInt(4),
            1500 + random.nextInt(3000),
            350 + random.nextInt(250),
            70 + random.nextInt(20)
          };
          for (int back = months - 1; back >= 0; back--) {
            Date period = Date.valueOf(last.minusMonths(back).atDay(1));
            for (int s = 0; s < SERIES.length; s++) {
              double v = level[s] * (1 + 0.02 * (random.nextDouble() * 2 - 1));
              if (s == 2) {
                v = level[s] * (trips && back < 3 ? 1.4 : 1);
              }
              if (s == 3 && expenses && back < 3) {
                v = 9000 + 300 * back;
              }
              insert.setLong(1, id++);
              insert.setLong(2, ids.get(i));
              insert.setString(3, SERIES[s]);
              insert.setDate(4, period);
              insert.setBigDecimal(5, BigDecimal.valueOf(Math.round(v * 100) / 100.0));
              insert.setTimestamp(6, at);
              insert.setString(7, "bench");
              insert.addBatch();
              rows++;
            }
          }
        }
        insert.executeBatch();
      }
      tx.commit();
    }
    long done = System.nanoTime();
    return "{\"employees\":"
        + n
        + ",\"months\":"
        + months
        + ",\"signalRows\":"
        + rows
        + ",\"hireSeconds\":"
        + (hired - started) / 1_000_000_000.0
        + ",\"signalSeconds\":"
        + (done - hired) / 1_000_000_000.0
        + "}";
  }

  private String run(int repeat) throws Exception {
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    long[] scanNanos = new long[repeat];
    long[] peakHeap = new long[repeat];
    StringBuilder scans = new StringBuilder("[");
    int people = 0;
    for (int r = 0; r < repeat; r++) {
      System.gc();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      long t0 = System.nanoTime();
      ScanView scan = scan();
      scanNanos[r] = System.nanoTime() - t0;
      peakHeap[r] = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      people = scan.people();
      scans
          .append(r == 0 ? "" : ",")
          .append("{\"seconds\":")
          .append(scanNanos[r] / 1e9)
          .append(",\"people\":")
          .append(scan.people())
          .append(",\"alertsNew\":")
          .append(scan.raised())
          .append(",\"alertsMerged\":")
          .append(scan.merged())
          .append(",\"peakHeapMiB\":")
          .append(peakHeap[r] >> 20)
          .append('}');
    }
    scans.append(']');

    // The hand-written aggregate gets the index that suits it best, made for it and dropped after.
    try (Connection c = ds.getConnection();
        java.sql.Statement s = c.createStatement()) {
      s.execute(
          "create index bench_series_period on signal_value"
              + " (series, period_start, employee_id, signal_value)");
    }
    long[] sqlNanos = new long[repeat];
    long[] floorNanos = new long[repeat];
    long[] readNanos = new long[repeat];
    long[] allNanos = new long[repeat];
    long[] sql = null;
    long[] all = null;
    long floorValues = 0;
    long readValues = 0;
    try {
      for (int r = 0; r < repeat; r++) {
        long t0 = System.nanoTime();
        sql = sqlJump(r);
        sqlNanos[r] = System.nanoTime() - t0;
        t0 = System.nanoTime();
        floorValues = floor(r);
        floorNanos[r] = System.nanoTime() - t0;
        t0 = System.nanoTime();
        readValues = readFloor(r);
        readNanos[r] = System.nanoTime() - t0;
        t0 = System.nanoTime();
        all = sqlAll(r);
        allNanos[r] = System.nanoTime() - t0;
      }
    } finally {
      try (Connection c = ds.getConnection();
          java.sql.Statement s = c.createStatement()) {
        s.execute("drop index bench_series_period");
      }
    }
    double scanMedian = median(scanNanos) / 1e9;
    double sqlMedian = median(sqlNanos) / 1e9;
    double floorMedian = median(floorNanos) / 1e9;
    double readMedian = median(readNanos) / 1e9;
    double allMedian = median(allNanos) / 1e9;
    double scanRate = people / scanMedian;
    double sqlRate = sql[0] / sqlMedian;
    return "{\"scans\":"
        + scans
        + ",\"sqlSeconds\":"
        + java.util.Arrays.toString(
            java.util.Arrays.stream(sqlNanos).mapToDouble(n -> n / 1e9).toArray())
        + ",\"sqlPeople\":"
        + sql[0]
        + ",\"sqlJumps\":"
        + sql[1]
        + ",\"medianScanSeconds\":"
        + scanMedian
        + ",\"medianSqlSeconds\":"
        + sqlMedian
        + ",\"scanPeoplePerSecond\":"
        + Math.round(scanRate)
        + ",\"sqlPeoplePerSecond\":"
        + Math.round(sqlRate)
        + ",\"ratio\":"
        + Math.round(scanRate / sqlRate * 1000) / 1000.0
        + ",\"floorSeconds\":"
        + java.util.Arrays.toString(
            java.util.Arrays.stream(floorNanos).mapToDouble(n -> n / 1e9).toArray())
        + ",\"floorValues\":"
        + floorValues
        + ",\"floorRatio\":"
        + Math.round(sqlMedian / floorMedian * 1000) / 1000.0
        + ",\"readFloorSeconds\":"
        + seconds(readNanos)
        + ",\"readFloorValues\":"
        + readValues
        + ",\"readFloorRatio\":"
        + Math.round(sqlMedian / readMedian * 1000) / 1000.0
        + ",\"sqlAllSeconds\":"
        + seconds(allNanos)
        + ",\"sqlAllPeople\":"
        + all[0]
        + ",\"sqlAllRaised\":"
        + all[1]
        + ",\"sqlAllRatio\":"
        + Math.round(sqlMedian / allMedian * 1000) / 1000.0
        + ",\"maxHeapMiB\":"
        + (Runtime.getRuntime().maxMemory() >> 20)
        + "}";
  }

  private static String seconds(long[] nanos) {
    return java.util.Arrays.toString(
        java.util.Arrays.stream(nanos).mapToDouble(n -> n / 1e9).toArray());
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** A full scan through the batch job, waiting for any scan already running to end first. */
  private ScanView scan() throws InterruptedException {
    ScanView started = null;
    while (started == null) {
      try {
        started = alerts.startScan();
      } catch (ConflictException e) {
        Thread.sleep(200);
      }
    }
    ScanView now = alerts.scan(started.id());
    while (now.status().equals("RUNNING")) {
      Thread.sleep(50);
      now = alerts.scan(started.id());
    }
    if (!now.status().equals("COMPLETED")) {
      throw new IllegalStateException("the scan ended " + now.status() + ": " + now.message());
    }
    return now;
  }

  /**
   * The shipped baseline-jump detector (trip days, the last three months against the six before,
   * +30%) as one SQL aggregate over the same rows: people looked at, and how many jumped. {@code
   * run} keeps each run's statement its own.
   */
  private long[] sqlJump(int run) throws Exception {
    YearMonth month = YearMonth.now().minusMonths(1);
    Date windowFrom = Date.valueOf(month.minusMonths(2).atDay(1));
    Date baselineFrom = Date.valueOf(month.minusMonths(8).atDay(1));
    Date to = Date.valueOf(month.atDay(1));
    long people = 0;
    long jumps = 0;
    try (Connection c = ds.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "select employee_id,"
                    + " avg(case when period_start >= ? then signal_value end) recent_mean,"
                    + " avg(case when period_start < ? then signal_value end) baseline_mean,"
                    + " count(case when period_start >= ? then 1 end) recent_n,"
                    + " count(case when period_start < ? then 1 end) baseline_n"
                    + " from signal_value where series = 'TRIP_DAYS'"
                    + " and period_start between ? and ? and employee_id > ?"
                    + " group by employee_id")) {
      q.setDate(1, windowFrom);
      q.setDate(2, windowFrom);
      q.setDate(3, windowFrom);
      q.setDate(4, windowFrom);
      q.setDate(5, baselineFrom);
      q.setDate(6, to);
      // True of everyone, and different each run: H2 answers a statement asked again with the
      // same parameters on unchanged tables from its last result, which would time nothing.
      q.setLong(7, -1L - run);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          people++;
          BigDecimal recent = rs.getBigDecimal(2);
          BigDecimal baseline = rs.getBigDecimal(3);
          if (rs.getInt(4) == 3
              && rs.getInt(5) >= 3
              && baseline != null
              && baseline.signum() > 0
              && recent.compareTo(baseline.multiply(new BigDecimal("1.3"))) >= 0) {
            jumps++;
          }
        }
      }
    }
    return new long[] {people, jumps};
  }

  /**
   * The least any scan that reads the signal history must do: go once over every value the enabled
   * detectors look at (each series over the most months a detector of it needs), counted inside the
   * database through the aggregate's own index, nothing evaluated, nothing written. Its time
   * against the aggregate's bounds the ratio every such scan can reach. Answers the values gone
   * over; {@code run} keeps each run's statement its own, as for the aggregate.
   */
  private long floor(int run) throws Exception {
    long[] values = {0};
    perNeededSeries(
        "select count(*) from signal_value where series = ?"
            + " and period_start between ? and ? and employee_id > ?",
        run,
        rs -> {
          rs.next();
          values[0] += rs.getLong(1);
        });
    return values[0];
  }

  /** What is done with the result of one series. */
  private interface SeriesRows {
    void read(ResultSet rs) throws java.sql.SQLException;
  }

  /**
   * Runs the statement once per series the enabled detectors look at, over the most months a
   * detector of it needs: series, first and last month and {@code run} bound in that order ({@code
   * run} keeps each run's statement its own, as for the aggregate), each result handed to {@code
   * rows}.
   */
  private void perNeededSeries(String sql, int run, SeriesRows rows) throws Exception {
    YearMonth month = YearMonth.now().minusMonths(1);
    try (Connection c = ds.getConnection();
        PreparedStatement q = c.prepareStatement(sql)) {
      for (var needed : neededMonths().entrySet()) {
        q.setString(1, needed.getKey().name());
        q.setDate(2, Date.valueOf(month.minusMonths(needed.getValue() - 1L).atDay(1)));
        q.setDate(3, Date.valueOf(month.atDay(1)));
        q.setLong(4, -1L - run); // as in the aggregate: no answer from an earlier run
        try (ResultSet rs = q.executeQuery()) {
          rows.read(rs);
        }
      }
    }
  }

  /** Each series the enabled detectors look at, with the most months a detector of it needs. */
  private java.util.Map<SignalSeries, Integer> neededMonths() {
    java.util.Map<SignalSeries, Integer> months = new java.util.EnumMap<>(SignalSeries.class);
    for (DetectorVersion d : detectors.current()) {
      if (d.isEnabled()) {
        for (SignalSeries series : d.rule().seriesNeeded()) {
          months.merge(series, d.rule().monthsNeeded(), Math::max);
        }
      }
    }
    return months;
  }

  /**
   * The least a scan that decides in Java must do: every value the enabled detectors look at (as
   * for {@link #floor}) read out of the database into plain arrays, whose and which month with it,
   * through the server's data source and the aggregate's own index; nothing decided, nothing
   * written. Answers the values read.
   */
  private long readFloor(int run) throws Exception {
    ReadValues read = new ReadValues();
    perNeededSeries(
        "select employee_id, period_start, signal_value from signal_value where series = ?"
            + " and period_start between ? and ? and employee_id > ?",
        run,
        rs -> {
          while (rs.next()) {
            read.add(rs);
          }
        });
    return read.n;
  }

  /** Values read: whose, which month (year × 12 + month) and what, in arrays that grow. */
  private static final class ReadValues {
    long[] people = new long[1 << 20];
    int[] months = new int[people.length];
    BigDecimal[] values = new BigDecimal[people.length];
    int n;

    void add(ResultSet rs) throws java.sql.SQLException {
      if (n == people.length) {
        people = java.util.Arrays.copyOf(people, n * 2);
        months = java.util.Arrays.copyOf(months, n * 2);
        values = java.util.Arrays.copyOf(values, n * 2);
      }
      people[n] = rs.getLong(1);
      LocalDate day = rs.getObject(2, LocalDate.class);
      months[n] = day.getYear() * 12 + day.getMonthValue();
      values[n] = rs.getBigDecimal(3);
      n++;
    }
  }

  /**
   * Every signal detector shipped by default decided for everyone in one hand-written SQL
   * aggregate, with the aggregate's index, nothing written: trip days up 30% (the last three months
   * against the six before), expense claims over 8,000 three months running, performance and
   * overtime both down 15%, hotel cost per night twice the six months before. What deciding the
   * whole scan inside the database would cost at least. Answers people looked at and detections
   * raised.
   */
  private long[] sqlAll(int run) throws Exception {
    YearMonth month = YearMonth.now().minusMonths(1);
    Date window = Date.valueOf(month.minusMonths(2).atDay(1));
    Date first = Date.valueOf(month.minusMonths(8).atDay(1));
    Date hotelFrom = Date.valueOf(month.minusMonths(6).atDay(1));
    Date last = Date.valueOf(month.atDay(1));
    StringBuilder sql = new StringBuilder("select employee_id");
    for (String series : new String[] {"TRIP_DAYS", "PERFORMANCE_SCORE", "OVERTIME_HOURS"}) {
      String is = "series = '" + series + "'";
      sql.append(", avg(case when ")
          .append(is)
          .append(" and period_start >= ? then signal_value end)")
          .append(", avg(case when ")
          .append(is)
          .append(" and period_start < ? then signal_value end)")
          .append(", count(case when ")
          .append(is)
          .append(" and period_start >= ? then 1 end)")
          .append(", count(case when ")
          .append(is)
          .append(" and period_start < ? then 1 end)");
    }
    sql.append(
            ", count(case when series = 'EXPENSE_AMOUNT' and period_start >= ? and signal_value >"
                + " 8000 then 1 end)")
        .append(
            ", max(case when series = 'HOTEL_NIGHT_COST' and period_start = ? then signal_value"
                + " end)")
        .append(
            ", avg(case when series = 'HOTEL_NIGHT_COST' and period_start >= ? and period_start"
                + " < ? then signal_value end)")
        .append(
            ", count(case when series = 'HOTEL_NIGHT_COST' and period_start >= ? and period_start"
                + " < ? then 1 end)")
        .append(
            " from signal_value where period_start between ? and ? and employee_id > ?"
                + " group by employee_id");
    long people = 0;
    long raised = 0;
    try (Connection c = ds.getConnection();
        PreparedStatement q = c.prepareStatement(sql.toString())) {
      int i = 1;
      for (int s = 0; s < 3; s++) {
        for (int k = 0; k < 4; k++) {
          q.setDate(i++, window);
        }
      }
      q.setDate(i++, window);
      q.setDate(i++, last);
      q.setDate(i++, hotelFrom);
      q.setDate(i++, last);
      q.setDate(i++, hotelFrom);
      q.setDate(i++, last);
      q.setDate(i++, first);
      q.setDate(i++, last);
      q.setLong(i, -1L - run); // as in the aggregate: no answer from an earlier run
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          people++;
          if (jumped(rs, 2, new BigDecimal("1.30"), true)) {
            raised++;
          }
          if (jumped(rs, 6, new BigDecimal("0.85"), false)
              && jumped(rs, 10, new BigDecimal("0.85"), false)) {
            raised++;
          }
          if (rs.getInt(14) == 3) {
            raised++;
          }
          BigDecimal hotel = rs.getBigDecimal(15);
          BigDecimal usual = rs.getBigDecimal(16);
          if (hotel != null
              && rs.getInt(17) >= 3
              && usual.signum() > 0
              && hotel.compareTo(usual.multiply(BigDecimal.valueOf(2))) >= 0) {
            raised++;
          }
        }
      }
    }
    return new long[] {people, raised};
  }

  /**
   * Whether the recent mean (column {@code at}, then the baseline mean, their counts) is at least
   * (up) or at most (down) the factor times the baseline, with the three months and a baseline of
   * three.
   */
  private static boolean jumped(ResultSet rs, int at, BigDecimal factor, boolean up)
      throws java.sql.SQLException {
    BigDecimal recent = rs.getBigDecimal(at);
    BigDecimal baseline = rs.getBigDecimal(at + 1);
    if (rs.getInt(at + 2) != 3 || rs.getInt(at + 3) < 3 || baseline.signum() == 0) {
      return false;
    }
    int c = recent.compareTo(baseline.multiply(factor));
    return up ? c >= 0 : c <= 0;
  }

  private static int intParam(HttpServletRequest req, String name, int fallback) {
    String v = req.getParameter(name);
    return v == null ? fallback : Integer.parseInt(v);
  }
}
