package io.linchpin.corerole.domain;

/** The three ways a person can be hard to do without. */
public enum Dimension {
  /** Customer accounts, code, patents, systems or relationships held personally. */
  RESOURCE_EXCLUSIVITY,
  /** Years in the role, know-how no one else has, the time a successor needs to ramp up. */
  EXPERIENCE_DEPENDENCY,
  /** What losing and replacing the person would cost. */
  COST_SENSITIVITY
}
