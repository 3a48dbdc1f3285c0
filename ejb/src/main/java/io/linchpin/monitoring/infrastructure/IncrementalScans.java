package io.linchpin.monitoring.infrastructure;

import io.linchpin.monitoring.application.internal.ScanWork;
import io.linchpin.shared.MonitoredDataArrived;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Scans incrementally once new signals or external records have been committed, unless {@code
 * linchpin.monitoring.incremental} is {@code false} (then only the nightly and on-demand scans
 * run). Requests are taken one at a time, so two arrivals never start two scans.
 */
@ApplicationScoped
public class IncrementalScans {

  private static final Logger LOG = Logger.getLogger(IncrementalScans.class.getName());
  private static final Object ONE_AT_A_TIME = new Object();

  @EJB ScanWork work;

  void arrived(@Observes(during = TransactionPhase.AFTER_SUCCESS) MonitoredDataArrived data) {
    if ("false".equalsIgnoreCase(System.getProperty("linchpin.monitoring.incremental", "true"))) {
      return;
    }
    try {
      synchronized (ONE_AT_A_TIME) {
        work.dataArrived();
      }
    } catch (RuntimeException e) {
      // The data is stored; the nightly scan will look at it.
      LOG.log(Level.WARNING, "No incremental scan after new " + data.what(), e);
    }
  }
}
