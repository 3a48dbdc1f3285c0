package io.linchpin.analytics.application.internal;

import io.linchpin.analytics.application.ReviewReports;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Produces the previous month's review every night until it is there: on the first of the month, or
 * on the first day after it the server runs.
 */
@Singleton
@RunAs(Roles.HR_ADMIN)
public class ReviewReportScheduler {

  private static final Logger LOG = Logger.getLogger(ReviewReportScheduler.class.getName());

  @EJB ReviewReports reports;

  @Schedule(hour = "3", minute = "10", persistent = false)
  public void produceDue() {
    try {
      reports.produceDue();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The monthly review could not be produced; tried again tomorrow", e);
    }
  }
}
