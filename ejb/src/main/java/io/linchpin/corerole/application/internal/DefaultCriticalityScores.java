package io.linchpin.corerole.application.internal;

import io.linchpin.corerole.application.CriticalityScores;
import io.linchpin.corerole.domain.AssessmentRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/** Reads the scores from the current assessments, in the caller's transaction. */
@Stateless
@PermitAll
public class DefaultCriticalityScores implements CriticalityScores {

  @Inject AssessmentRepository assessments;

  @Override
  public Map<Long, BigDecimal> currentScores(Collection<Long> employeeIds) {
    return assessments.currentScores(employeeIds);
  }
}
