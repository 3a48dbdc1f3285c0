package io.linchpin.monitoring.infrastructure;

import io.linchpin.monitoring.application.internal.ScanWork;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Records a scan that ended in failure, so its status never stays "running". */
@Dependent
@Named("scanJobListener")
public class ScanJobListener extends AbstractJobListener {

  @Inject
  @BatchProperty(name = "scanId")
  String scanId;

  @Inject JobContext jobContext;

  @EJB ScanWork work;

  @Override
  public void afterJob() {
    if (jobContext.getBatchStatus() == BatchStatus.FAILED) {
      work.fail(Long.parseLong(scanId), "the scan stopped unexpectedly; start it again to resume");
    }
  }
}
