package io.linchpin.people.infrastructure.imports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Links employees to the managers their rows name, once all rows are written. */
@Dependent
@Named("managerLinkWriter")
public class ManagerLinkWriter extends AbstractItemWriter {

  @Inject
  @BatchProperty(name = "importId")
  String importId;

  @EJB ImportProcessing processing;

  @Override
  public void writeItems(List<Object> items) {
    processing.linkManagers(
        Long.parseLong(importId), items.stream().map(EmployeeRecord.class::cast).toList());
  }
}
