package io.linchpin.monitoring.application.internal;

import io.linchpin.monitoring.application.AlertService;
import io.linchpin.shared.ConflictException;
import io.linchpin.shared.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
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

  /** How long the nightly scan waits when another scan is still running. */
  private static final Duration RETRY = Duration.ofMinutes(10);

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

  @Resource TimerService timers;

  /** Outside a transaction: a refused start must not undo the timer that tries again. */
  @Schedule(hour = "2", minute = "30", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void nightly() {
    try {
      alerts.startScan();
    } catch (ConflictException e) {
      LOG.info("The nightly scan waits for the running scan to finish");
      timers.createSingleActionTimer(
          RETRY.toMillis(), new TimerConfig("nightly scan, again", false));
    }
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void again(Timer timer) {
    nightly();
  }
}
