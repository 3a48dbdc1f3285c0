package io.linchpin.people.application.internal;

import io.linchpin.people.application.EmployeeService;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/**
 * Puts future-dated lifecycle events into effect once their date comes: shortly after midnight, and
 * once at start-up to catch up after downtime.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@RunAs(Roles.HR_ADMIN)
public class DueEventScheduler {

  private static final Logger LOG = Logger.getLogger(DueEventScheduler.class.getName());

  @EJB EmployeeService employees;

  @Schedule(hour = "0", minute = "5", persistent = false)
  public void applyDueEvents() {
    int applied = employees.applyDueEvents();
    if (applied > 0) {
      LOG.info(() -> applied + " lifecycle events took effect");
    }
  }
}
