package io.linchpin.people.infrastructure;

import io.linchpin.people.domain.Attachment;
import io.linchpin.people.domain.Employee;
import io.linchpin.people.domain.EmployeeCriteria;
import io.linchpin.people.domain.EmployeeRepository;
import io.linchpin.people.domain.EmploymentEvent;
import io.linchpin.people.domain.LifecycleEventType;
import io.linchpin.shared.InLists;
import io.linchpin.shared.Page;
import io.linchpin.shared.Paging;
import io.linchpin.shared.ScopeClause;
import io.linchpin.shared.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaEmployeeRepository implements EmployeeRepository {

  private static final int FULL_SCAN_ABOVE = 5_000;

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Employee> find(long id) {
    return Optional.ofNullable(em.find(Employee.class, id));
  }

  @Override
  public Optional<Employee> findWithTerms(long id) {
    return em.createQuery(
            "select e from Employee e left join fetch e.orgUnit left join fetch e.position"
                + " left join fetch e.manager where e.id = :id",
            Employee.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Employee> findByNumber(String employeeNumber) {
    return em.createQuery("select e from Employee e where e.employeeNumber = :n", Employee.class)
        .setParameter("n", employeeNumber)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Map<String, Employee> findByNumbers(Collection<String> employeeNumbers) {
    Map<String, Employee> found = new HashMap<>();
    InLists.query(
            employeeNumbers,
            slice ->
                em.createQuery(
                        "select e from Employee e where e.employeeNumber in :n", Employee.class)
                    .setParameter("n", slice)
                    .getResultList())
        .forEach(e -> found.put(e.getEmployeeNumber(), e));
    return found;
  }

  @Override
  public List<Employee> findAll(Collection<Long> ids) {
    return InLists.query(
        ids,
        slice ->
            em.createQuery(
                    "select e from Employee e left join fetch e.orgUnit where e.id in :ids",
                    Employee.class)
                .setParameter("ids", slice)
                .getResultList());
  }

  @Override
  public Map<Long, String> numbersOfUnerased(Collection<Long> ids) {
    Map<Long, String> numbers = new java.util.TreeMap<>();
    InLists.byIds(
            ids,
            slice ->
                em.createQuery(
                        "select e.id, e.employeeNumber from Employee e"
                            + " where e.id in :ids and e.erasedAt is null",
                        Object[].class)
                    .setParameter("ids", slice)
                    .getResultList(),
            (first, last) ->
                em.createQuery(
                        "select e.id, e.employeeNumber from Employee e"
                            + " where e.id between :first and :last and e.erasedAt is null",
                        Object[].class)
                    .setParameter("first", first)
                    .setParameter("last", last)
                    .getResultList(),
            row -> (Long) row[0])
        .forEach(row -> numbers.put((Long) row[0], (String) row[1]));
    return numbers;
  }

  @Override
  public List<Object[]> holdersOfNationalIdIndexes(Collection<String> indexes) {
    if (indexes.size() > FULL_SCAN_ABOVE) {
      // Cheaper to read every index once than to run hundreds of IN queries.
      java.util.Set<String> wanted = new java.util.HashSet<>(indexes);
      return em.createQuery(
              "select e.nationalIdIndex, e.employeeNumber from Employee e"
                  + " where e.nationalIdIndex is not null",
              Object[].class)
          .getResultStream()
          .filter(row -> wanted.contains((String) row[0]))
          .toList();
    }
    return InLists.query(
        indexes,
        slice ->
            em.createQuery(
                    "select e.nationalIdIndex, e.employeeNumber from Employee e"
                        + " where e.nationalIdIndex in :indexes",
                    Object[].class)
                .setParameter("indexes", slice)
                .getResultList());
  }

  @Override
  public Page<Employee> search(EmployeeCriteria c) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (c.visibility().seesNobody()) {
      return new Page<>(List.of(), 0, c.page(), c.size());
    }
    if (!c.visibility().seesEveryone()) {
      List<String> paths = new ArrayList<>();
      java.util.Set<Long> people = new java.util.HashSet<>();
      for (Visibility.Grant g : c.visibility().grants()) {
        paths.addAll(g.unitPaths());
        people.addAll(g.people());
      }
      where.append(" and ").append(ScopeClause.of("e", paths, people, params, "v"));
    }
    if (c.text() != null && !c.text().isBlank()) {
      where.append(
          " and (lower(e.fullName) like :text escape '!'"
              + " or lower(e.employeeNumber) like :text escape '!')");
      params.put(
          "text", "%" + ScopeClause.likeLiteral(c.text().trim().toLowerCase(Locale.ROOT)) + "%");
    }
    if (c.orgUnitPath() != null) {
      where.append(" and (e.orgUnit.path = :path or e.orgUnit.path like :subtree escape '!')");
      params.put("path", c.orgUnitPath());
      params.put("subtree", ScopeClause.likeLiteral(c.orgUnitPath()) + "/%");
    }
    if (c.nationalIdIndex() != null) {
      where.append(" and e.nationalIdIndex = :nationalIdIndex");
      params.put("nationalIdIndex", c.nationalIdIndex());
    }
    if (c.positionId() != null) {
      where.append(" and e.position.id = :position");
      params.put("position", c.positionId());
    }
    if (c.status() != null) {
      where.append(" and e.status = :status");
      params.put("status", c.status());
    }
    String order =
        " order by e." + c.sort().property() + (c.descending() ? " desc" : " asc") + ", e.id asc";
    TypedQuery<Employee> query =
        em.createQuery(
            "select e from Employee e left join fetch e.orgUnit left join fetch e.position"
                + where
                + order,
            Employee.class);
    TypedQuery<Long> count = em.createQuery("select count(e) from Employee e" + where, Long.class);
    params.forEach(
        (k, v) -> {
          query.setParameter(k, v);
          count.setParameter(k, v);
        });
    List<Employee> items =
        query
            .setFirstResult(Paging.offset(c.page(), c.size()))
            .setMaxResults(c.size())
            .getResultList();
    return new Page<>(items, count.getSingleResult(), c.page(), c.size());
  }

  @Override
  public void add(Employee employee) {
    em.persist(employee);
  }

  @Override
  public void add(EmploymentEvent event) {
    em.persist(event);
  }

  @Override
  public void add(Attachment attachment) {
    em.persist(attachment);
  }

  @Override
  public List<Attachment> attachments(Employee employee) {
    return em.createQuery(
            "select a from Attachment a where a.employee = :e order by a.uploadedAt",
            Attachment.class)
        .setParameter("e", employee)
        .getResultList();
  }

  @Override
  public Optional<Attachment> attachment(String id) {
    return Optional.ofNullable(em.find(Attachment.class, id));
  }

  @Override
  public void clearSealedHistory(Employee employee) {
    em.createQuery("update EmploymentEvent v set v.baseSalarySealed = null where v.employee = :e")
        .setParameter("e", employee)
        .executeUpdate();
  }

  @Override
  public List<EmploymentEvent> history(Employee employee) {
    return em.createQuery(
            "select v from EmploymentEvent v where v.employee = :e"
                + " order by v.effectiveDate asc, v.id asc",
            EmploymentEvent.class)
        .setParameter("e", employee)
        .getResultList();
  }

  @Override
  public Map<Long, List<EmploymentEvent>> histories(Collection<Employee> employees) {
    Map<Long, List<EmploymentEvent>> byEmployee = new HashMap<>();
    InLists.query(
            employees.stream().map(Employee::getId).toList(),
            slice ->
                em.createQuery(
                        "select v from EmploymentEvent v where v.employee.id in :ids"
                            + " order by v.effectiveDate asc, v.id asc",
                        EmploymentEvent.class)
                    .setParameter("ids", slice)
                    .getResultList())
        .forEach(
            v ->
                byEmployee.computeIfAbsent(v.getEmployee().getId(), k -> new ArrayList<>()).add(v));
    return byEmployee;
  }

  @Override
  public Map<Long, List<LocalDate>> departures(Collection<Long> ids) {
    Map<Long, List<LocalDate>> left = new HashMap<>();
    InLists.query(
            ids,
            slice ->
                em.createQuery(
                        "select v.employee.id, v.effectiveDate from EmploymentEvent v"
                            + " where v.type = :t and v.employee.id in :ids"
                            + " order by v.effectiveDate asc, v.id asc",
                        Object[].class)
                    .setParameter("t", LifecycleEventType.TERMINATION)
                    .setParameter("ids", slice)
                    .getResultList())
        .forEach(
            r -> left.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((LocalDate) r[1]));
    return left;
  }

  @Override
  public Optional<EmploymentEvent> inEffectOn(Employee employee, LocalDate date) {
    return em.createQuery(
            "select v from EmploymentEvent v where v.employee = :e and v.effectiveDate <= :d"
                + " order by v.effectiveDate desc, v.id desc",
            EmploymentEvent.class)
        .setParameter("e", employee)
        .setParameter("d", date)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<EmploymentEvent> dueAndNotApplied(LocalDate today) {
    return em.createQuery(
            "select v from EmploymentEvent v where v.applied = false and v.effectiveDate <= :d"
                + " order by v.effectiveDate asc, v.id asc",
            EmploymentEvent.class)
        .setParameter("d", today)
        .getResultList();
  }
}
