package io.linchpin.vault.infrastructure;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import java.util.Properties;

/** One batch job of which at most one execution runs at a time on this server. */
final class JobRun {

  private final String job;
  private long execution = -1;

  JobRun(String job) {
    this.job = job;
  }

  /** Starts the job unless it runs already; true if it was started now. */
  synchronized boolean start() {
    if (running()) {
      return false;
    }
    execution = BatchRuntime.getJobOperator().start(job, new Properties());
    return true;
  }

  synchronized boolean running() {
    if (execution < 0) {
      return false;
    }
    JobOperator operator = BatchRuntime.getJobOperator();
    BatchStatus status = operator.getJobExecution(execution).getBatchStatus();
    return status == BatchStatus.STARTING || status == BatchStatus.STARTED;
  }
}
