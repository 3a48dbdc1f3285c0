package io.linchpin.monitoring.infrastructure;

import io.linchpin.monitoring.application.ScanStarted;
import io.linchpin.monitoring.application.internal.ScanWork;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Properties;

/** Starts a scan's batch job once the transaction that accepted the scan has committed. */
@ApplicationScoped
public class ScanLauncher {

  @EJB ScanWork work;

  void launch(@Observes(during = TransactionPhase.AFTER_SUCCESS) ScanStarted scan) {
    start(scan.scanId());
  }

  void start(long scanId) {
    Properties parameters = new Properties();
    parameters.setProperty("scanId", Long.toString(scanId));
    try {
      BatchRuntime.getJobOperator().start("monitoring-scan", parameters);
    } catch (RuntimeException e) {
      work.fail(scanId, "the scan could not be started: " + e.getMessage());
      throw e;
    }
  }
}
