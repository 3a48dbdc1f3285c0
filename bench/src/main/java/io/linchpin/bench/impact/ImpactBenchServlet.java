package io.linchpin.bench.impact;

import io.linchpin.corerole.application.ImpactService;
import io.linchpin.corerole.application.ImpactService.Portfolio;
import io.linchpin.corerole.domain.Assessment;
import io.linchpin.corerole.domain.AssessmentRepository;
import io.linchpin.corerole.domain.Criterion;
import io.linchpin.corerole.domain.Rating;
import io.linchpin.corerole.domain.module.ModuleRecord;
import io.linchpin.corerole.domain.module.ModuleRepository;
import io.linchpin.corerole.domain.module.RecordValues;
import io.linchpin.people.domain.Employee;
import io.linchpin.people.domain.EmployeeRepository;
import io.linchpin.people.domain.EmploymentEvent;
import io.linchpin.people.domain.EmploymentTerms;
import io.linchpin.people.domain.OrgUnit;
import io.linchpin.people.domain.OrgUnitRepository;
import io.linchpin.people.domain.PersonalData;
import io.linchpin.shared.FieldSealer;
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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Runs in the server as the signed-in benchmark user (HR admin). {@code ?phase=seed&employees=
 * 100000&core=2000&customers=50} adds a company of that size under a new org unit, assesses the
 * core people (all above the threshold) and gives each that many customers in the sales module;
 * {@code ?phase=run&repeat=5} times the whole portfolio through {@code ImpactService} (scoped,
 * audited, every record and salary unsealed) against the raw reads of the same rows in the same
 * run: plain JDBC without unsealing, and JDBC with unsealing through the vault. Answers JSON.
 */
@WebServlet("/run")
public class ImpactBenchServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final int BATCH = 1000;

  @Resource UserTransaction tx;

  @Resource(lookup = "java:jboss/datasources/LinchpinDS")
  DataSource ds;

  @PersistenceContext(unitName = "linchpin")
  EntityManager em;

  @Inject EmployeeRepository employees;
  @Inject OrgUnitRepository orgUnits;
  @Inject AssessmentRepository assessments;
  @Inject ModuleRepository modules;
  @Inject FieldSealer sealer;
  @EJB ImpactService impacts;

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
                    intParam(req, "core", 2_000),
                    intParam(req, "customers", 50));
            case "run" -> run(intParam(req, "repeat", 5));
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

  private String seed(int n, int core, int customers) throws Exception {
    long started = System.nanoTime();
    String tag = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    List<Long> unitIds = new ArrayList<>();
    tx.begin();
    OrgUnit root = new OrgUnit("BENCH-" + tag, "基准公司" + tag, null);
    orgUnits.add(root);
    for (int u = 0; u < 50; u++) {
      OrgUnit unit = new OrgUnit("BENCH-" + tag + "-" + u, "事业部" + u, root);
      orgUnits.add(unit);
    }
    em.flush();
    for (OrgUnit u :
        em.createQuery("select u from OrgUnit u where u.parent = :r", OrgUnit.class)
            .setParameter("r", root)
            .getResultList()) {
      unitIds.add(u.getId());
    }
    tx.commit();

    int every = Math.max(1, n / core);
    List<Long> coreIds = new ArrayList<>();
    Instant now = Instant.now();
    for (int from = 0; from < n; from += BATCH) {
      tx.begin();
      List<Employee> batchCore = new ArrayList<>();
      for (int i = from; i < Math.min(n, from + BATCH); i++) {
        boolean isCore = i % every == 0 && coreIds.size() + batchCore.size() < core;
        OrgUnit unit = em.getReference(OrgUnit.class, unitIds.get(i % unitIds.size()));
        EmploymentEvent hire =
            Employee.hire(
                "B" + tag + i,
                new PersonalData("员工" + i, null, null, null, null),
                LocalDate.of(2015, 1, 1).plusDays(i % 3000),
                new EmploymentTerms(
                    unit,
                    null,
                    null,
                    isCore ? BigDecimal.valueOf(30_000 + i % 20_000) : null,
                    null),
                null,
                now,
                "bench");
        employees.add(hire.getEmployee());
        employees.add(hire);
        if (isCore) {
          batchCore.add(hire.getEmployee());
        }
      }
      em.flush();
      batchCore.forEach(e -> coreIds.add(e.getId()));
      tx.commit();
      em.clear();
    }
    long hired = System.nanoTime();

    var model = assessments.model();
    Random random = new Random(7);
    for (int from = 0; from < coreIds.size(); from += 100) {
      tx.begin();
      for (long id : coreIds.subList(from, Math.min(coreIds.size(), from + 100))) {
        Employee e = em.find(Employee.class, id);
        assessments.add(
            new Assessment(
                UUID.randomUUID().toString(),
                id,
                e.subject(),
                null,
                List.of(
                    new Rating(Criterion.CUSTOMER_ACCOUNTS, 5, "名下客户占销售额的重要部分"),
                    new Rating(Criterion.TENURE, 4, "在岗多年"),
                    new Rating(Criterion.BUSINESS_DISRUPTION, 5, "离职影响销售")),
                null,
                model,
                now,
                "bench"));
        for (int c = 0; c < customers; c++) {
          Map<String, Object> v = new LinkedHashMap<>();
          v.put("customer", "客户" + id + "-" + c);
          v.put(
              "since",
              LocalDate.of(2012 + random.nextInt(14), 1 + random.nextInt(12), 1).toString());
          v.put("annualRevenue", 100_000.0 + random.nextInt(2_000_000));
          v.put(
              "successorCoverage",
              new String[] {"NONE", "NONE", "PARTIAL", "FULL"}[random.nextInt(4)]);
          if (random.nextBoolean()) {
            v.put("contractEnd", LocalDate.now().plusMonths(random.nextInt(36)).toString());
          }
          modules.add(
              new ModuleRecord(
                  UUID.randomUUID().toString(),
                  "sales-customers",
                  "customers",
                  id,
                  e.subject(),
                  1,
                  RecordValues.toJson(v),
                  now,
                  "bench"));
        }
      }
      em.flush();
      tx.commit();
      em.clear();
    }
    long done = System.nanoTime();
    return "{\"employees\":"
        + n
        + ",\"core\":"
        + coreIds.size()
        + ",\"customersEach\":"
        + customers
        + ",\"hireSeconds\":"
        + (hired - started) / 1_000_000_000.0
        + ",\"assessAndCustomersSeconds\":"
        + (done - hired) / 1_000_000_000.0
        + "}";
  }

  private String run(int repeat) throws Exception {
    long[] service = new long[repeat];
    long[] raw = new long[repeat];
    long[] rawUnsealed = new long[repeat];
    int people = 0;
    long rows = 0;
    for (int r = 0; r < repeat; r++) {
      long t0 = System.nanoTime();
      Portfolio p = impacts.portfolio(null);
      service[r] = System.nanoTime() - t0;
      people = p.people();

      t0 = System.nanoTime();
      rows = rawRead(false);
      raw[r] = System.nanoTime() - t0;

      t0 = System.nanoTime();
      rawRead(true);
      rawUnsealed[r] = System.nanoTime() - t0;
    }
    return "{\"corePeople\":"
        + people
        + ",\"customerRows\":"
        + rows
        + ",\"serviceMs\":"
        + ms(service)
        + ",\"rawJdbcMs\":"
        + ms(raw)
        + ",\"rawJdbcUnsealedMs\":"
        + ms(rawUnsealed)
        + ",\"medianServiceMs\":"
        + median(service)
        + ",\"medianRawMs\":"
        + median(raw)
        + ",\"medianRawUnsealedMs\":"
        + median(rawUnsealed)
        + "}";
  }

  /** The rows the portfolio needs, read with plain JDBC; opened through the vault when asked. */
  private long rawRead(boolean unseal) throws Exception {
    long rows = 0;
    long bytes = 0;
    try (Connection c = ds.getConnection()) {
      Map<Long, String> subjects = new java.util.HashMap<>();
      try (PreparedStatement q =
              c.prepareStatement(
                  "select a.employee_id, a.data_subject, a.score, e.employee_number, e.full_name,"
                      + " e.base_salary, e.id from criticality_assessment a join employee e"
                      + " on e.id = a.employee_id where a.is_current = true and a.is_core = true");
          ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          subjects.put(rs.getLong(1), rs.getString(2));
          String salary = rs.getString(6);
          if (unseal && salary != null) {
            bytes +=
                sealer
                    .open(rs.getString(4), "employee", "base_salary", rs.getString(4), salary)
                    .length();
          } else if (salary != null) {
            bytes += salary.length();
          }
        }
      }
      try (PreparedStatement q =
              c.prepareStatement(
                  "select employee_id, row_uid, record_values from module_record"
                      + " where module_key = 'sales-customers' and collection_key = 'customers'");
          ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          String subject = subjects.get(rs.getLong(1));
          if (subject == null) {
            continue;
          }
          rows++;
          String sealed = rs.getString(3);
          bytes +=
              unseal
                  ? sealer
                      .open(subject, "module_record", "record_values", rs.getString(2), sealed)
                      .length()
                  : sealed.length();
        }
      }
    }
    return bytes < 0 ? -1 : rows;
  }

  private static String ms(long[] nanos) {
    return Arrays.toString(Arrays.stream(nanos).map(n -> n / 1_000_000).toArray());
  }

  private static long median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1_000_000;
  }

  private static int intParam(HttpServletRequest req, String name, int fallback) {
    String v = req.getParameter(name);
    return v == null ? fallback : Integer.parseInt(v);
  }
}
