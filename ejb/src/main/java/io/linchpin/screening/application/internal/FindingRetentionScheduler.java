package io.linchpin.screening.application.internal;

import io.linchpin.screening.application.ScreeningService;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/**
 * Every night: deletes what external checks found once its category's retention has ended, then
 * runs the in-service checks that are due.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@RunAs(Roles.HR_ADMIN)
public class FindingRetentionScheduler {

  private static final Logger LOG = Logger.getLogger(FindingRetentionScheduler.class.getName());

  @EJB ScreeningService screening;

  @Schedule(hour = "1", minute = "15", persistent = false)
  public void sweep() {
    int deleted = screening.sweepExpired();
    if (deleted > 0) {
      LOG.info(() -> deleted + " findings past their retention were deleted");
    }
    int checked = screening.runDueChecks();
    if (checked > 0) {
      LOG.info(() -> checked + " in-service checks ran");
    }
  }
}
