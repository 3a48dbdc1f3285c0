package io.linchpin.people.domain;

import io.linchpin.shared.Page;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Employees and their lifecycle events. */
public interface EmployeeRepository {

  Optional<Employee> find(long id);

  /** The employee with their org unit, position and manager, in one query. */
  Optional<Employee> findWithTerms(long id);

  Optional<Employee> findByNumber(String employeeNumber);

  /** The employees among the given numbers that exist, by number. */
  Map<String, Employee> findByNumbers(Collection<String> employeeNumbers);

  /** The employees with these ids (with their org units); unknown ids are skipped. */
  List<Employee> findAll(Collection<Long> ids);

  /**
   * The employee numbers of these people by id, in id order, leaving out the erased and unknown:
   * who a scan looks at, without loading the employees.
   */
  Map<Long, String> numbersOfUnerased(Collection<Long> ids);

  Page<Employee> search(EmployeeCriteria criteria);

  /** Blind index and employee number of every employee whose national ID has one of the indexes. */
  List<Object[]> holdersOfNationalIdIndexes(Collection<String> indexes);

  void add(Employee employee);

  void add(EmploymentEvent event);

  void add(Attachment attachment);

  List<Attachment> attachments(Employee employee);

  Optional<Attachment> attachment(String id);

  /** Drops the stored salaries of an erased person's history. */
  void clearSealedHistory(Employee employee);

  /** Every event of the employee, oldest effective date first. */
  List<EmploymentEvent> history(Employee employee);

  /** The events of several employees at once, by employee id, oldest first. */
  Map<Long, List<EmploymentEvent>> histories(Collection<Employee> employees);

  /** The latest event in effect on the date, if the person was employed by then. */
  Optional<EmploymentEvent> inEffectOn(Employee employee, LocalDate date);

  /** Events whose effective date has come but that are not yet in the current record. */
  List<EmploymentEvent> dueAndNotApplied(LocalDate today);

  /** The days these people left (terminations in effect), oldest first, by employee id. */
  Map<Long, List<LocalDate>> departures(Collection<Long> ids);
}
