package io.linchpin.platform;

import io.linchpin.casework.application.DemoCases;
import io.linchpin.corerole.application.DemoAssessments;
import io.linchpin.monitoring.application.DemoSignals;
import io.linchpin.people.domain.AccessRepository;
import io.linchpin.people.domain.Employee;
import io.linchpin.people.domain.EmployeeRepository;
import io.linchpin.people.domain.EmploymentEvent;
import io.linchpin.people.domain.EmploymentTerms;
import io.linchpin.people.domain.LifecycleEventType;
import io.linchpin.people.domain.OrgUnit;
import io.linchpin.people.domain.OrgUnitRepository;
import io.linchpin.people.domain.PartnerAssignment;
import io.linchpin.people.domain.PersonalData;
import io.linchpin.people.domain.Position;
import io.linchpin.people.domain.PositionRepository;
import io.linchpin.screening.application.DemoScreening;
import io.linchpin.screening.infrastructure.SimulatorProviderFactory;
import io.linchpin.shared.ResidentIdNumber;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;

/**
 * Fills an empty database with a demo company when the server runs in demo mode ({@code
 * -Dlinchpin.demo=true}): an org tree with sales regions and R&D groups, positions, and a few
 * hundred employees with Chinese names, valid resident ID numbers and some history. The data is the
 * same on every run.
 */
@Singleton
@Startup
@DependsOn({
  "SchemaMigrator",
  "CaseEngine",
  "ModuleTemplates",
  "DataProviders",
  "ShippedDetectors",
  "MonitoringScheduler"
})
public class DemoCompany {

  public static final String DEMO_PROPERTY = "linchpin.demo";

  private static final Logger LOG = Logger.getLogger(DemoCompany.class.getName());

  private static final String[][] UNITS = {
    {"HQ", "总部", null},
    {"SALES", "销售中心", "HQ"},
    {"SALES-EAST", "华东大区", "SALES"},
    {"SALES-SH", "上海销售部", "SALES-EAST"},
    {"SALES-HZ", "杭州销售部", "SALES-EAST"},
    {"SALES-NORTH", "华北大区", "SALES"},
    {"SALES-BJ", "北京销售部", "SALES-NORTH"},
    {"SALES-SOUTH", "华南大区", "SALES"},
    {"SALES-SZ", "深圳销售部", "SALES-SOUTH"},
    {"RD", "研发中心", "HQ"},
    {"RD-PLATFORM", "平台组", "RD"},
    {"RD-ALGO", "算法组", "RD"},
    {"RD-MOBILE", "移动端组", "RD"},
    {"RD-QA", "测试组", "RD"},
    {"SCM", "供应链中心", "HQ"},
    {"SCM-PURCHASE", "采购部", "SCM"},
    {"SCM-LOGISTICS", "物流部", "SCM"},
    {"FIN", "财务部", "HQ"},
    {"HR", "人力资源部", "HQ"},
    {"LEGAL", "法务部", "HQ"},
  };

  private static final String[][] POSITIONS = {
    {"MGR", "部门经理", "management", "38000"},
    {"KAM", "大客户经理", "sales", "32000"},
    {"SALES-REP", "销售代表", "sales", "16000"},
    {"SWE", "软件工程师", "rnd", "24000"},
    {"SR-SWE", "高级软件工程师", "rnd", "36000"},
    {"ARCH", "架构师", "rnd", "48000"},
    {"QA", "测试工程师", "rnd", "18000"},
    {"BUYER", "采购专员", "operations", "14000"},
    {"LOGISTICS", "物流专员", "operations", "12000"},
    {"ACCOUNTANT", "会计", "finance", "15000"},
    {"HRBP", "人力资源业务伙伴", "hr", "20000"},
    {"COUNSEL", "法务顾问", "legal", "28000"},
  };

  private static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
  private static final String GIVEN =
      "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏飞建国志强海燕晓东立新春梅文博子涵浩然欣怡梓萱宇轩思远雨桐佳怡俊杰";

  /**
   * The people the demo logins of the shipped Keycloak realm stand for, as "unit code:index in
   * unit" (index 0 heads the unit), with the employee number the realm's demo users carry in their
   * {@code employee_number} attribute.
   */
  static final Map<String, String> DEMO_LOGINS =
      Map.of(
          "HR:0", "E10001", // hr.admin
          "HR:1", "E10002", // hr.bp, looks after 销售中心
          "LEGAL:0", "E10003", // legal
          "SALES-SH:0", "E10004", // manager of 上海销售部
          "SALES:0", "E10005", // head of 销售中心
          "RD-PLATFORM:1", "E10006", // it.admin
          "FIN:1", "E10007", // auditor
          "SALES-SH:1", "E10008"); // employee

  /** The unit the demo HR business partner looks after. */
  static final String DEMO_PARTNER_UNIT = "SALES";

  /** Positions whose holders the demo registry assesses. */
  private static final java.util.Set<String> KEY_POSITIONS =
      java.util.Set.of("KAM", "ARCH", "SR-SWE");

  private static final int EMPLOYEES_PER_LEAF = 20;
  private static final String RECORDED_BY = "demo";

  @Inject OrgUnitRepository orgUnits;
  @Inject PositionRepository positions;
  @Inject EmployeeRepository employees;
  @Inject AccessRepository access;

  @PersistenceContext EntityManager em;
  @EJB DemoCases demoCases;
  @EJB DemoAssessments demoAssessments;
  @EJB DemoScreening demoScreening;
  @EJB DemoSignals demoSignals;

  @PostConstruct
  void createWhenAskedAndEmpty() {
    if (!Boolean.getBoolean(DEMO_PROPERTY)) {
      return;
    }
    Long count = em.createQuery("select count(e) from Employee e", Long.class).getSingleResult();
    if (count > 0) {
      LOG.info("Demo mode: the database already holds employees; no demo data added");
      return;
    }
    int created = create();
    LOG.info(() -> "Demo mode: created a demo company with " + created + " employees");
  }

  private int create() {
    Random random = new Random(20240305L);
    Map<String, OrgUnit> units = new HashMap<>();
    for (String[] u : UNITS) {
      OrgUnit unit = new OrgUnit(u[0], u[1], u[2] == null ? null : units.get(u[2]));
      orgUnits.add(unit);
      units.put(u[0], unit);
    }
    Map<String, Position> byCode = new HashMap<>();
    Map<String, BigDecimal> salaries = new HashMap<>();
    for (String[] p : POSITIONS) {
      Position position = new Position(p[0], p[1], p[2]);
      positions.add(position);
      byCode.put(p[0], position);
      salaries.put(p[0], new BigDecimal(p[3]));
    }
    em.flush();

    Map<String, Employee> heads = new HashMap<>();
    List<Employee> caseSubjects = new ArrayList<>();
    Employee partner = null;
    Map<String, List<Employee>> keyPeople = new HashMap<>();
    int number = 0;
    for (String[] u : UNITS) {
      OrgUnit unit = units.get(u[0]);
      boolean leaf = isLeaf(u[0]);
      int size = leaf ? EMPLOYEES_PER_LEAF + random.nextInt(8) : 1;
      Employee parentHead = u[2] == null ? null : heads.get(u[2]);
      for (int i = 0; i < size; i++) {
        number++;
        String positionCode = i == 0 ? "MGR" : memberPosition(u[0], random);
        Employee manager = i == 0 ? parentHead : heads.get(u[0]);
        String login = DEMO_LOGINS.get(u[0] + ":" + i);
        Employee e =
            hire(
                login == null ? String.format("E%05d", number) : login,
                unit,
                byCode.get(positionCode),
                manager,
                salaries.get(positionCode),
                random);
        if (i == 0) {
          heads.put(u[0], e);
        }
        if (KEY_POSITIONS.contains(positionCode)) {
          keyPeople.computeIfAbsent(u[0], k -> new ArrayList<>()).add(e);
        }
        if (("SALES-SH".equals(u[0]) && i == 3) || ("SALES-HZ".equals(u[0]) && i == 2)) {
          caseSubjects.add(e);
        }
        if ("HR".equals(u[0]) && i == 1) {
          partner = e;
        }
      }
    }
    if (partner != null) {
      access.add(
          new PartnerAssignment(partner, units.get(DEMO_PARTNER_UNIT), Instant.now(), RECORDED_BY));
    }
    em.flush();
    demoCases.seed(person(caseSubjects.get(0)), person(caseSubjects.get(1)));
    Employee thirtyPercent = keyPeople.get("SALES-SH").get(0);
    Employee longCustomers = keyPeople.get("SALES-BJ").get(0);
    List<DemoAssessments.Person> others = new ArrayList<>();
    keyPeople.values().stream()
        .flatMap(List::stream)
        .filter(e -> e != thirtyPercent && e != longCustomers)
        .sorted(java.util.Comparator.comparing(Employee::getEmployeeNumber))
        .forEach(e -> others.add(assessed(e)));
    demoAssessments.seed(assessed(thirtyPercent), assessed(longCustomers), others);
    Employee engineer = keyPeople.get("RD-PLATFORM").get(0);
    Employee withJudgement =
        keyPeople.entrySet().stream()
            .filter(k -> k.getKey().startsWith("SALES-"))
            .flatMap(k -> k.getValue().stream())
            .filter(e -> e != thirtyPercent && e != longCustomers)
            .min(java.util.Comparator.comparing(Employee::getEmployeeNumber))
            .orElse(longCustomers);
    Random identities = new Random(20261201L);
    // The simulated sources answer by ID number: give these two the numbers that tell the story.
    identify(engineer, b -> b < 10, identities);
    identify(withJudgement, b -> b >= 20 && b < 25, identities);
    em.flush();
    demoScreening.seed(
        screened(engineer),
        screened(withJudgement),
        screened(byNumber(DEMO_LOGINS.get("SALES-SH:1"))));
    Employee overspender = heads.get("SALES-HZ");
    demoSignals.seed(
        engineer.getId(),
        overspender.getId(),
        em.createQuery("select e.id from Employee e order by e.id", Long.class).getResultList());
    return number;
  }

  private Employee hire(
      String employeeNumber,
      OrgUnit unit,
      Position position,
      Employee manager,
      BigDecimal base,
      Random random) {
    LocalDate hireDate = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(4700));
    String name =
        SURNAMES.charAt(random.nextInt(SURNAMES.length()))
            + given(random)
            + (random.nextInt(3) == 0 ? given(random) : "");
    PersonalData person =
        new PersonalData(
            name,
            employeeNumber.toLowerCase(java.util.Locale.ROOT) + "@demo.linchpin.io",
            "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000)),
            residentId(random),
            "62" + String.format("%017d", Math.abs(random.nextLong()) % 100_000_000_000_000_000L));
    BigDecimal salary =
        base.multiply(BigDecimal.valueOf(0.8 + random.nextDouble() * 0.5))
            .setScale(-2, RoundingMode.HALF_UP)
            .setScale(2);
    EmploymentTerms terms =
        new EmploymentTerms(
            unit,
            position,
            manager,
            salary.multiply(new BigDecimal("0.85")).setScale(2, RoundingMode.HALF_UP),
            null);
    Instant now = Instant.now();
    EmploymentEvent hire =
        Employee.hire(employeeNumber, person, hireDate, terms, null, now, RECORDED_BY);
    Employee e = hire.getEmployee();
    employees.add(e);
    employees.add(hire);
    LocalDate raise = hireDate.plusYears(1 + random.nextInt(3));
    LocalDate today = LocalDate.now();
    if (raise.isBefore(today)) {
      employees.add(
          e.change(
              LifecycleEventType.SALARY_CHANGE,
              raise,
              e.terms().withBaseSalary(salary),
              "annual review",
              now,
              RECORDED_BY,
              today));
    }
    return e;
  }

  private static void identify(Employee e, java.util.function.IntPredicate bucket, Random random) {
    String id;
    do {
      id = residentId(random);
    } while (!bucket.test(SimulatorProviderFactory.bucket(id)));
    PersonalData now = e.personalData();
    e.correct(new PersonalData(now.fullName(), now.email(), now.phone(), id, now.bankAccount()));
  }

  private Employee byNumber(String employeeNumber) {
    return employees.findByNumber(employeeNumber).orElseThrow();
  }

  private static DemoScreening.Person screened(Employee e) {
    return new DemoScreening.Person(
        e.getId(),
        e.getEmployeeNumber(),
        e.subject(),
        e.personalData().nationalId(),
        e.personalData().fullName());
  }

  private static DemoAssessments.Person assessed(Employee e) {
    return new DemoAssessments.Person(
        e.getId(), e.subject(), e.getPosition().getId(), e.getPosition().getCode());
  }

  private static DemoCases.Person person(Employee e) {
    return new DemoCases.Person(e.getId(), e.subject());
  }

  private static String given(Random random) {
    return String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length())));
  }

  private static String residentId(Random random) {
    LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(random.nextInt(11000));
    String first17 =
        String.format(
            "%06d%04d%02d%02d%03d",
            310101 + random.nextInt(9) * 100,
            birth.getYear(),
            birth.getMonthValue(),
            birth.getDayOfMonth(),
            random.nextInt(1000));
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }

  private static boolean isLeaf(String code) {
    for (String[] u : UNITS) {
      if (code.equals(u[2])) {
        return false;
      }
    }
    return true;
  }

  private static String memberPosition(String unitCode, Random random) {
    List<String> choices = new ArrayList<>();
    if (unitCode.startsWith("SALES")) {
      choices.addAll(List.of("KAM", "SALES-REP", "SALES-REP", "SALES-REP"));
    } else if (unitCode.startsWith("RD-QA")) {
      choices.add("QA");
    } else if (unitCode.startsWith("RD")) {
      choices.addAll(List.of("SWE", "SWE", "SR-SWE", "ARCH"));
    } else if (unitCode.equals("SCM-PURCHASE")) {
      choices.add("BUYER");
    } else if (unitCode.equals("SCM-LOGISTICS")) {
      choices.add("LOGISTICS");
    } else if (unitCode.equals("FIN")) {
      choices.add("ACCOUNTANT");
    } else if (unitCode.equals("HR")) {
      choices.add("HRBP");
    } else {
      choices.add("COUNSEL");
    }
    return choices.get(random.nextInt(choices.size()));
  }
}
