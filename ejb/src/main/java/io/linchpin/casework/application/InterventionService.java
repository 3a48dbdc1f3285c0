package io.linchpin.casework.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The tracked actions of a case: plan one (relief loan, workload rebalancing, supplementary
 * agreement, successor shadowing, KPI weight change, customer transition), move it on, record a
 * loan's repayments, and generate an agreement for signature. Whoever may see the case sees its
 * interventions; HR roles change them. Every read of their details is audited.
 */
public interface InterventionService {

  List<InterventionView> list(long caseId);

  InterventionView plan(long caseId, PlanIntervention command);

  InterventionView update(long caseId, long interventionId, UpdateIntervention command);

  InterventionView repay(long caseId, long interventionId, RecordRepayment command);

  /**
   * A customer transition's outcome: how many of the customers handed over the company kept,
   * counted (again) at any time after it was planned, also once done; not when cancelled.
   */
  InterventionView countCustomers(long caseId, long interventionId, CountCustomers command);

  /**
   * A supplementary agreement with the employee's data, for signature: {@code docx} to edit in a
   * word processor, or {@code pdf} to print as it is.
   */
  AgreementFile agreement(long caseId, long interventionId, String format);

  /** The largest relief loan HR may grant, in yuan. */
  BigDecimal reliefLoanMaximum();

  BigDecimal changeReliefLoanMaximum(BigDecimal maximum);

  /** {@code {"kind": "RELIEF_LOAN", "owner": "hr.bp", "dueDate": "2026-12-31", "details": {…}}}. */
  record PlanIntervention(
      String kind, String owner, LocalDate dueDate, Map<String, Object> details) {}

  /** {@code status}: IN_PROGRESS, DONE (with {@code outcome}) or CANCELLED; others optional. */
  record UpdateIntervention(
      String status,
      String outcome,
      String owner,
      LocalDate dueDate,
      Map<String, Object> details) {}

  record RecordRepayment(LocalDate paidOn, BigDecimal amount) {}

  /** {@code {"held": 12, "kept": 10}}: customers handed over, and how many still buy. */
  record CountCustomers(Integer held, Integer kept) {}

  /** A customer transition's count: customers handed over, kept, and when counted. */
  record Customers(int held, int kept, Instant countedAt) {}

  /** A printed agreement: {@code agreement-<id>.pdf} or {@code .docx}, its type and bytes. */
  record AgreementFile(String fileName, String contentType, byte[] content) {}

  /**
   * An intervention. For a relief loan, {@code loan} has the plan, the repayments and the balance;
   * for a customer transition, {@code customers} the customers kept once counted; {@code overdue}
   * when past its due date and not final.
   */
  record InterventionView(
      long id,
      long caseId,
      String kind,
      String owner,
      LocalDate dueDate,
      String status,
      boolean overdue,
      Map<String, Object> details,
      String outcome,
      Loan loan,
      Customers customers,
      String createdBy,
      Instant createdAt,
      Instant updatedAt) {}

  /** A relief loan's state. */
  record Loan(
      BigDecimal amount,
      int months,
      List<Instalment> schedule,
      List<Payment> repayments,
      BigDecimal repaid,
      BigDecimal balance) {}

  record Instalment(int number, LocalDate due, BigDecimal amount) {}

  record Payment(LocalDate paidOn, BigDecimal amount, String recordedBy) {}
}
