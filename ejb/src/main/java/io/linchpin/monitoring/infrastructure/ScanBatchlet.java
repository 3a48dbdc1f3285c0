package io.linchpin.monitoring.infrastructure;

import io.linchpin.monitoring.application.internal.ScanWork;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The scan step: group after group of people, each in a transaction of its own that records how far
 * the scan got and finds the next group, until no one is left or the job is stopped.
 */
@Dependent
@Named("monitoringScan")
public class ScanBatchlet extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = "scanId")
  String scanId;

  @EJB ScanWork work;

  private volatile boolean stopped;

  @Override
  public String process() {
    long id = Long.parseLong(scanId);
    List<Long> people = work.next(id);
    while (!people.isEmpty()) {
      if (stopped) {
        return "STOPPED";
      }
      people = work.process(id, people);
    }
    work.complete(id);
    return "COMPLETED";
  }

  @Override
  public void stop() {
    stopped = true;
  }
}
