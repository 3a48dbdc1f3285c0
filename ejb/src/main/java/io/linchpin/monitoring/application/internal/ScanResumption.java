package io.linchpin.monitoring.application.internal;

import io.linchpin.monitoring.application.ScanStarted;
import io.linchpin.monitoring.domain.AlertRepository;
import io.linchpin.monitoring.domain.ScanRun;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/** Starts again, from where they stopped, the scans a stop of the server left running. */
@Stateless
@RolesAllowed(Roles.HR_ADMIN)
public class ScanResumption {

  @Inject AlertRepository alerts;
  @Inject Event<ScanStarted> started;

  public int resumeInterrupted() {
    int resumed = 0;
    for (ScanRun run : alerts.unfinishedScans()) {
      run.resumed();
      started.fire(new ScanStarted(run.getId()));
      resumed++;
    }
    return resumed;
  }
}
