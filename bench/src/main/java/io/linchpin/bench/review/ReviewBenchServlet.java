package io.linchpin.bench.review;

import io.linchpin.casework.domain.CaseFile;
import io.linchpin.casework.domain.Intervention;
import io.linchpin.casework.domain.InterventionKind;
import io.linchpin.casework.domain.InterventionRepository;
import io.linchpin.monitoring.domain.AlertRepository;
import io.linchpin.people.domain.Employee;
import io.linchpin.people.domain.EmployeeRepository;
import io.linchpin.people.domain.EmploymentEvent;
import io.linchpin.people.domain.EmploymentTerms;
import io.linchpin.people.domain.OrgUnit;
import io.linchpin.people.domain.OrgUnitRepository;
import io.linchpin.people.domain.PersonalData;
import io.linchpin.people.domain.Position;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Runs in the server as the signed-in benchmark user (HR admin). {@code ?phase=seed&employees=
 * 100000&cases=20000&alerts=150000&interventions=2000} adds a company of that size with, over the
 * last three years, that many closed cases (types, durations, root causes and Legal's part spread
 * at random), alerts of the five shipped detectors in every status, and relief loans on cases,
 * sealed as the product seals them; every person's risk score for each of the last {@code
 * riskMonths} (36) months, tallied as the scans tally them; one in twenty assessed as core, half of
 * those with a successor candidate. Cases and alerts are written with JDBC batches: the seed is not
 * what is measured. {@code ?phase=sql} answers the time of one hand-written SQL aggregate over the
 * same rows (cases per type with their durations), the floor a view cannot beat.
 */
@WebServlet("/run")
public class ReviewBenchServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final int BATCH = 1000;
  private static final String[] TYPES = {
    "DEBT_COLLECTION", "DEBT_COLLECTION", "DEBT_COLLECTION", "RETENTION_RISK", "ADVERSE_FINDING"
  };
  private static final String[] CAUSES = {
    "FAMILY_EMERGENCY",
    "FAMILY_EMERGENCY",
    "MEDICAL",
    "INVESTMENT_LOSS",
    "GAMBLING",
    "CONSUMER_DEBT",
    "COMPENSATION",
    "CAREER",
    "OTHER"
  };
  private static final String[][] DETECTORS = {
    {"trips-jump", "出差天数骤增"},
    {"expenses-over-limit", "报销连续超标"},
    {"overtime-jump", "加班时长骤增"},
    {"performance-drop", "绩效与出勤同时下降"},
    {"external-debt-or-lawsuit", "外部负债或诉讼记录"}
  };
  private static final String[] FAMILIES = {"研发", "销售", "财务", "运营", "采购", "生产", "法务", "人事"};
  private static final String[] STATUSES = {"NEW", "TRIAGED", "CASE_OPENED", "DISMISSED"};

  @Resource UserTransaction tx;

  @Resource(lookup = "java:jboss/datasources/LinchpinDS")
  DataSource ds;

  @PersistenceContext(unitName = "linchpin")
  EntityManager em;

  @Inject EmployeeRepository employees;
  @Inject OrgUnitRepository orgUnits;
  @Inject InterventionRepository interventions;
  @Inject AlertRepository alertRepository;
  @jakarta.ejb.EJB io.linchpin.monitoring.application.internal.ScanWork scanWork;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String phase = req.getParameter("phase");
    String answer;
    try {
      answer =
          switch (phase) {
            case "seed" ->
                seed(
                    intParam(req, "employees", 100_000),
                    intParam(req, "cases", 20_000),
                    intParam(req, "alerts", 150_000),
                    intParam(req, "interventions", 2_000),
                    intParam(req, "riskMonths", 36));
            case "sql" -> sql(intParam(req, "repeat", 20));
            default -> throw new IllegalArgumentException("phase seed or sql");
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

  private String seed(int n, int cases, int alerts, int loans, int riskMonths) throws Exception {
    long started = System.nanoTime();
    String tag = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    List<Long> unitIds = new ArrayList<>();
    List<Long> positionIds = new ArrayList<>();
    tx.begin();
    for (int f = 0; f < FAMILIES.length; f++) {
      Position position = new Position("REV-" + tag + "-P" + f, "岗位" + f, FAMILIES[f]);
      em.persist(position);
      em.flush();
      positionIds.add(position.getId());
    }
    OrgUnit root = new OrgUnit("REV-" + tag, "复盘基准" + tag, null);
    orgUnits.add(root);
    for (int u = 0; u < 50; u++) {
      orgUnits.add(new OrgUnit("REV-" + tag + "-" + u, "部门" + u, root));
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
    List<String> subjects = new ArrayList<>(n);
    Instant now = Instant.now();
    for (int from = 0; from < n; from += BATCH) {
      tx.begin();
      List<Employee> batch = new ArrayList<>();
      for (int i = from; i < Math.min(n, from + BATCH); i++) {
        OrgUnit unit = em.getReference(OrgUnit.class, unitIds.get(i % unitIds.size()));
        EmploymentEvent hire =
            Employee.hire(
                "R" + tag + i,
                new PersonalData("员工" + i, null, null, null, null),
                LocalDate.of(2015, 1, 1).plusDays(i % 3000),
                new EmploymentTerms(
                    unit,
                    em.getReference(Position.class, positionIds.get(i % positionIds.size())),
                    null,
                    null,
                    null),
                null,
                now,
                "bench");
        employees.add(hire.getEmployee());
        employees.add(hire);
        batch.add(hire.getEmployee());
      }
      em.flush();
      batch.forEach(
          e -> {
            ids.add(e.getId());
            subjects.add(e.subject());
          });
      tx.commit();
      em.clear();
    }
    long hired = System.nanoTime();

    Random random = new Random(8);
    long threeYears = Duration.ofDays(3 * 365).toSeconds();
    List<Long> caseIds = new ArrayList<>(cases);
    long caseId = 6_000_000_000L;
    for (int from = 0; from < cases; from += BATCH) {
      tx.begin();
      try (Connection c = ds.getConnection();
          PreparedStatement insert =
              c.prepareStatement(
                  "insert into case_file (id, version, reference, case_type, employee_id, subject,"
                      + " origin, severity, confidentiality, status, root_cause, playbook_version,"
                      + " legal_involved, overdue, opened_at, opened_by, due_at, closed_at)"
                      + " values (?, 0, ?, ?, ?, ?, 'MANUAL', 'MEDIUM', 'NORMAL', 'CLOSED', ?, 1,"
                      + " ?, false, ?, 'bench', ?, ?)")) {
        for (int i = from; i < Math.min(cases, from + BATCH); i++) {
          int who = random.nextInt(n);
          Instant opened = now.minusSeconds(3600 + (long) (random.nextDouble() * threeYears));
          long hours = 4 + random.nextInt(200);
          insert.setLong(1, caseId);
          insert.setString(2, "B" + tag + "-" + i);
          insert.setString(3, TYPES[random.nextInt(TYPES.length)]);
          insert.setLong(4, ids.get(who));
          insert.setString(5, subjects.get(who));
          insert.setString(6, CAUSES[random.nextInt(CAUSES.length)]);
          insert.setBoolean(7, random.nextInt(3) == 0);
          insert.setTimestamp(8, Timestamp.from(opened));
          insert.setTimestamp(9, Timestamp.from(opened.plus(Duration.ofHours(48))));
          insert.setTimestamp(10, Timestamp.from(min(opened.plus(Duration.ofHours(hours)), now)));
          insert.addBatch();
          caseIds.add(caseId++);
        }
        insert.executeBatch();
      }
      tx.commit();
    }
    long casesDone = System.nanoTime();

    long alertId = 7_000_000_000L;
    for (int from = 0; from < alerts; from += BATCH) {
      tx.begin();
      try (Connection c = ds.getConnection();
          PreparedStatement insert =
              c.prepareStatement(
                  "insert into monitoring_alert (id, version, row_uid, employee_id, data_subject,"
                      + " detector_key, detector_version, detector_name, severity, window_from,"
                      + " window_to, status, times_raised, raised_at, last_raised_at)"
                      + " values (?, 0, ?, ?, ?, ?, 1, ?, 'MEDIUM', ?, ?, ?, 1, ?, ?)")) {
        for (int i = from; i < Math.min(alerts, from + BATCH); i++) {
          // One alert per person and detector at most: a person, window and detector raise one.
          int who = i % n;
          String[] detector = DETECTORS[(i / n) % DETECTORS.length];
          Instant raised = now.minusSeconds(60 + (long) (random.nextDouble() * threeYears));
          LocalDate windowTo = LocalDate.ofInstant(raised, java.time.ZoneOffset.UTC);
          insert.setLong(1, alertId++);
          insert.setString(2, UUID.randomUUID().toString());
          insert.setLong(3, ids.get(who));
          insert.setString(4, subjects.get(who));
          insert.setString(5, detector[0]);
          insert.setString(6, detector[1]);
          insert.setDate(7, Date.valueOf(windowTo.minusMonths(3)));
          insert.setDate(8, Date.valueOf(windowTo));
          insert.setString(9, STATUSES[random.nextInt(STATUSES.length)]);
          insert.setTimestamp(10, Timestamp.from(raised));
          insert.setTimestamp(11, Timestamp.from(raised));
          insert.addBatch();
        }
        insert.executeBatch();
      }
      tx.commit();
    }
    long alertsDone = System.nanoTime();

    for (int from = 0; from < loans; from += 200) {
      tx.begin();
      for (int i = from; i < Math.min(loans, from + 200); i++) {
        long onCase = caseIds.get(random.nextInt(caseIds.size()));
        CaseFile file = em.find(CaseFile.class, onCase);
        interventions.add(
            new Intervention(
                file,
                UUID.randomUUID().toString(),
                InterventionKind.RELIEF_LOAN,
                "hr.admin",
                null,
                "{\"amount\":"
                    + (10_000 + random.nextInt(40) * 1000)
                    + ",\"months\":12,"
                    + "\"interestFree\":true}",
                file.getOpenedAt().plus(Duration.ofHours(2)),
                "bench"));
      }
      tx.commit();
      em.clear();
    }
    long loansDone = System.nanoTime();

    // Every person's risk score for each month, most of them low; then the tallies the scans keep.
    long riskId = 8_000_000_000L;
    YearMonth last = YearMonth.now().minusMonths(1);
    for (int m = 0; m < riskMonths; m++) {
      java.sql.Date month = java.sql.Date.valueOf(last.minusMonths(m).atDay(1));
      for (int from = 0; from < n; from += 5 * BATCH) {
        tx.begin();
        try (Connection c = ds.getConnection();
            PreparedStatement insert =
                c.prepareStatement(
                    "insert into monitoring_risk (id, employee_id, scan_month, likelihood, impact,"
                        + " risk_score, computed_at) values (?, ?, ?, ?, ?, ?, ?)")) {
          for (int i = from; i < Math.min(n, from + 5 * BATCH); i++) {
            int likelihood = random.nextInt(10) < 7 ? 0 : 15 * (1 + random.nextInt(6));
            int impact = i % 20 == 0 ? 60 + random.nextInt(41) : 50;
            insert.setLong(1, riskId++);
            insert.setLong(2, ids.get(i));
            insert.setDate(3, month);
            insert.setInt(4, Math.min(100, likelihood));
            insert.setInt(5, impact);
            insert.setInt(6, Math.min(100, likelihood) * impact / 100);
            insert.setTimestamp(7, Timestamp.from(now));
            insert.addBatch();
          }
          insert.executeBatch();
        }
        tx.commit();
      }
    }
    long risksDone = System.nanoTime();
    // One in twenty holds a core role; half of them have a successor candidate, of any readiness.
    long assessmentId = 9_000_000_000L;
    long successorId = 9_500_000_000L;
    String[] readiness = {"READY_NOW", "ONE_TO_TWO_YEARS", "LATER"};
    for (int from = 0; from < n; from += 20 * BATCH) {
      tx.begin();
      try (Connection c = ds.getConnection();
          PreparedStatement assess =
              c.prepareStatement(
                  "insert into criticality_assessment (id, version, row_uid, employee_id,"
                      + " data_subject, assessed_at, assessed_by, is_current, resource_score,"
                      + " experience_score, cost_score, score, is_core, model_version)"
                      + " values (?, 0, ?, ?, ?, ?, 'bench', true, 80, 70, 60, ?, true, 1)");
          PreparedStatement nominate =
              c.prepareStatement(
                  "insert into successor_candidate (id, version, incumbent_id, candidate_id,"
                      + " readiness, updated_at, updated_by) values (?, 0, ?, ?, ?, ?, 'bench')")) {
        for (int i = from; i < Math.min(n, from + 20 * BATCH); i += 20) {
          assess.setLong(1, assessmentId++);
          assess.setString(2, UUID.randomUUID().toString());
          assess.setLong(3, ids.get(i));
          assess.setString(4, subjects.get(i));
          assess.setTimestamp(5, Timestamp.from(now));
          assess.setBigDecimal(6, java.math.BigDecimal.valueOf(60 + random.nextInt(40)));
          assess.addBatch();
          if (i % 40 == 0 && i + 1 < n) {
            nominate.setLong(1, successorId++);
            nominate.setLong(2, ids.get(i));
            nominate.setLong(3, ids.get(i + 1));
            nominate.setString(4, readiness[random.nextInt(readiness.length)]);
            nominate.setTimestamp(5, Timestamp.from(now));
            nominate.addBatch();
          }
        }
        assess.executeBatch();
        nominate.executeBatch();
      }
      tx.commit();
    }
    for (int m = 0; m < riskMonths; m++) {
      tx.begin();
      alertRepository.retally(last.minusMonths(m));
      tx.commit();
      em.clear();
    }
    // The alerts into their monthly counts, as a scan's completion does.
    int counted;
    do {
      tx.begin();
      counted = alertRepository.countAlerts(java.time.ZoneId.systemDefault(), 5_000);
      tx.commit();
      em.clear();
    } while (counted > 0);
    // The interventions' six-month follow-up, as the completion of the last month's scan writes it.
    tx.begin();
    scanWork.followUp(last);
    tx.commit();
    em.clear();
    long talliesDone = System.nanoTime();
    return "{\"employees\":"
        + n
        + ",\"cases\":"
        + cases
        + ",\"alerts\":"
        + alerts
        + ",\"interventions\":"
        + loans
        + ",\"hireSeconds\":"
        + seconds(hired - started)
        + ",\"caseSeconds\":"
        + seconds(casesDone - hired)
        + ",\"alertSeconds\":"
        + seconds(alertsDone - casesDone)
        + ",\"loanSeconds\":"
        + seconds(loansDone - alertsDone)
        + ",\"riskSeconds\":"
        + seconds(risksDone - loansDone)
        + ",\"tallySeconds\":"
        + seconds(talliesDone - risksDone)
        // The first person's unit is a business unit of n / 50 people: their head is measured too.
        + ",\"headNumber\":\"R"
        + tag
        + "0\"}";
  }

  /** One hand-written aggregate over the last year's closed cases: count and mean hours by type. */
  private String sql(int repeat) throws Exception {
    long[] millis = new long[repeat];
    long rows = 0;
    Timestamp since = Timestamp.from(Instant.now().minus(Duration.ofDays(365)));
    for (int r = 0; r < repeat; r++) {
      long t0 = System.nanoTime();
      try (Connection c = ds.getConnection();
          PreparedStatement p =
              c.prepareStatement(
                  "select case_type, count(*), avg(datediff('SECOND', opened_at, closed_at))"
                      + " from case_file where closed_at >= ? group by case_type")) {
        p.setTimestamp(1, since);
        try (ResultSet rs = p.executeQuery()) {
          rows = 0;
          while (rs.next()) {
            rows += rs.getLong(2);
          }
        }
      }
      millis[r] = (System.nanoTime() - t0) / 1_000_000;
    }
    java.util.Arrays.sort(millis);
    return "{\"closedLastYear\":"
        + rows
        + ",\"sqlMillis\":"
        + java.util.Arrays.toString(millis)
        + ",\"sqlP95\":"
        + millis[(int) Math.ceil(0.95 * repeat) - 1]
        + "}";
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static double seconds(long nanos) {
    return nanos / 1_000_000_000.0;
  }

  private static int intParam(HttpServletRequest req, String name, int fallback) {
    String v = req.getParameter(name);
    return v == null ? fallback : Integer.parseInt(v);
  }
}
