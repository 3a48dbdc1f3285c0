package io.linchpin.platform;

import io.linchpin.monitoring.application.AlertService;
import io.linchpin.monitoring.application.internal.ScanResumption;
import io.linchpin.shared.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/**
 * Scans every night at 02:30; at start, resumes the scans a stop of the server interrupted, after
 * the last group of people they had done.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "ShippedDetectors"})
@RunAs(Roles.HR_ADMIN)
public class MonitoringScheduler {

  private static final Logger LOG = Logger.getLogger(MonitoringScheduler.class.getName());

  @EJB AlertService alerts;
  @EJB ScanResumption resumption;

  @PostConstruct
  void resumeInterrupted() {
    int resumed = resumption.resumeInterrupted();
    if (resumed > 0) {
      LOG.info(() -> resumed + " interrupted scan(s) resumed");
    }
  }

  @Schedule(hour = "2", minute = "30", persistent = false)
  public void nightly() {
    alerts.startScan();
  }
}
