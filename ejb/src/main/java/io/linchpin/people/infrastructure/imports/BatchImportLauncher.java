package io.linchpin.people.infrastructure.imports;

import io.linchpin.people.application.ImportSubmitted;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Starts the batch job of an import once the transaction that accepted it has committed, so the job
 * always finds its file.
 */
@ApplicationScoped
public class BatchImportLauncher {

  private static final Logger LOG = Logger.getLogger(BatchImportLauncher.class.getName());

  @Inject ImportProcessing processing;

  void launch(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImportSubmitted submitted) {
    Properties parameters = new Properties();
    parameters.setProperty("importId", Long.toString(submitted.importId()));
    try {
      JobOperator operator = BatchRuntime.getJobOperator();
      long execution = operator.start(submitted.kind().jobName(), parameters);
      LOG.fine(() -> "Import " + submitted.importId() + " runs as job execution " + execution);
    } catch (RuntimeException e) {
      processing.fail(submitted.importId(), "the import could not be started: " + e.getMessage());
      throw e;
    }
  }
}
