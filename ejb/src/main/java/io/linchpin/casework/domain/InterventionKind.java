package io.linchpin.casework.domain;

/** The tracked actions a case can take to help the employee and protect the business. */
public enum InterventionKind {
  /** An emergency relief loan, interest-free, repaid in monthly instalments. */
  RELIEF_LOAN,
  /** Which of the employee's tasks moved to whom. */
  WORKLOAD_REBALANCING,
  /** An agreement supplementing the employment contract, generated from a template, signed. */
  SUPPLEMENTARY_AGREEMENT,
  SUCCESSOR_SHADOWING,
  /** A change of KPI weights, e.g. customer retention from 20% to 50%. */
  KPI_WEIGHT_CHANGE,
  CUSTOMER_TRANSITION
}
