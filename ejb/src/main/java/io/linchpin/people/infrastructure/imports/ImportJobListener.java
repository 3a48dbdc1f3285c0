package io.linchpin.people.infrastructure.imports;

import io.linchpin.people.application.internal.ScopeCache;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/** Records a job that ended in failure on the import, so its status never stays "importing". */
@Dependent
@Named("importJobListener")
public class ImportJobListener extends AbstractJobListener {

  private static final Logger LOG = Logger.getLogger(ImportJobListener.class.getName());

  @Inject
  @BatchProperty(name = "importId")
  String importId;

  @Inject JobContext jobContext;

  @EJB ImportProcessing processing;
  @EJB ScopeCache scopes;

  @Override
  public void afterJob() {
    // Imported people and managers can move who sees whom.
    scopes.changed();
    logStepDurations();
    BatchStatus status = jobContext.getBatchStatus();
    if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
      LOG.warning(() -> "Import " + importId + " ended " + status);
      processing.fail(
          Long.parseLong(importId),
          "the import stopped unexpectedly; rows written so far are kept and a restart completes it");
    }
  }

  private void logStepDurations() {
    StringBuilder steps = new StringBuilder();
    for (StepExecution step :
        BatchRuntime.getJobOperator().getStepExecutions(jobContext.getExecutionId())) {
      if (step.getStartTime() != null && step.getEndTime() != null) {
        steps
            .append(' ')
            .append(step.getStepName())
            .append('=')
            .append(step.getEndTime().getTime() - step.getStartTime().getTime())
            .append("ms");
      }
    }
    LOG.info(() -> "Import " + importId + " steps:" + steps);
  }
}
