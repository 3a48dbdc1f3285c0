package io.linchpin.people.application;

import io.linchpin.shared.EmployeeId;
import io.linchpin.shared.Page;
import java.time.LocalDate;
import java.util.List;

/**
 * Employee records and their effective-dated history. Every method validates its input and throws
 * {@link io.linchpin.shared.InvalidInputException} with every violation, or {@link
 * io.linchpin.shared.NotFoundException}.
 */
public interface EmployeeService {

  Page<EmployeeSummary> search(EmployeeSearch search);

  /**
   * The record as of today. Shows sensitive fields, so the read is audited with its purpose (e.g. a
   * case id; may be null).
   */
  EmployeeDetails get(EmployeeId id, String purpose);

  /**
   * The person as other contexts refer to them, if the caller may see them; no sensitive field, so
   * not audited. Someone outside the caller's scope is not found.
   */
  PersonRef person(EmployeeId id);

  /** Those of these people the caller may see, as other contexts refer to them, by id. */
  java.util.Map<Long, PersonRef> people(java.util.Collection<Long> ids);

  /**
   * The part of the workforce the caller may see, for contexts that list people in their own
   * queries and must scope them the same way.
   */
  io.linchpin.shared.Visibility visibility();

  /**
   * The monthly base salaries of those of these people the caller may see, for costs derived from
   * them (replacement cost, ramp-up): the salary itself is not shown to callers who may not see
   * sensitive fields. Audited: one entry per person when fewer than {@value #SALARY_AUDIT_EACH},
   * otherwise one entry for the whole read with its purpose.
   */
  java.util.Map<Long, java.math.BigDecimal> salariesForCosting(
      java.util.Collection<Long> ids, String purpose);

  /** Below this many people, {@link #salariesForCosting} records each person's read. */
  int SALARY_AUDIT_EACH = 20;

  /**
   * The days the people among {@code ids} whom the caller may see left the company (terminations),
   * oldest first; nothing sensitive, for reviews of what became of people.
   */
  java.util.Map<Long, java.util.List<LocalDate>> departures(java.util.Collection<Long> ids);

  /** Which of these people the caller may see. */
  java.util.Set<Long> visibleAmong(java.util.Collection<Long> ids);

  /** The record as it stood on a date (terms in effect then; personal data as now); audited. */
  EmployeeDetails asOf(EmployeeId id, LocalDate date, String purpose);

  EmployeeDetails hire(HireEmployee command);

  EmployeeDetails correct(EmployeeId id, CorrectPersonalData command);

  EmploymentEventView record(EmployeeId id, RecordLifecycleEvent command);

  /** The whole timeline, oldest first; shows salaries, so the read is audited. */
  List<EmploymentEventView> history(EmployeeId id, String purpose);

  /**
   * Erases a person's data for good: their key is destroyed, so their sensitive fields are
   * unreadable wherever they lie, backups included; name and contacts are removed; the skeleton
   * record stays, marked erased. Refused while a legal hold is in place.
   */
  EmployeeDetails erase(EmployeeId id, String reason);

  /** Places or lifts a legal hold, which forbids erasure. */
  EmployeeDetails holdForLegal(EmployeeId id, boolean held, String reason);

  /**
   * Brings current records up to date with events whose effective date has come; returns how many.
   */
  int applyDueEvents();
}
