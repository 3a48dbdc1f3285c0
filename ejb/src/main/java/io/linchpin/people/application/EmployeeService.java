package io.linchpin.people.application;

import io.linchpin.people.domain.EmployeeId;
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

  /** The record as of today. */
  EmployeeDetails get(EmployeeId id);

  /** The record as it stood on a date (terms in effect then; personal data as now). */
  EmployeeDetails asOf(EmployeeId id, LocalDate date);

  EmployeeDetails hire(HireEmployee command);

  EmployeeDetails correct(EmployeeId id, CorrectPersonalData command);

  EmploymentEventView record(EmployeeId id, RecordLifecycleEvent command);

  /** The whole timeline, oldest first. */
  List<EmploymentEventView> history(EmployeeId id);

  /**
   * Brings current records up to date with events whose effective date has come; returns how many.
   */
  int applyDueEvents();
}
