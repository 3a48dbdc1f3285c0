package io.linchpin.corerole.application;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * The overall criticality of people's current assessments, for the system's own work (the
 * monitoring scan weighs an alert by it); not exposed to callers.
 */
public interface CriticalityScores {

  /**
   * The overall scores of these people's current assessments, by employee id; unassessed left out.
   */
  Map<Long, BigDecimal> currentScores(Collection<Long> employeeIds);
}
