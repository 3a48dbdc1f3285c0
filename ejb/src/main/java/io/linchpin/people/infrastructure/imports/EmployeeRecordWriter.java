package io.linchpin.people.infrastructure.imports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Writes a chunk of rows in the chunk's transaction. */
@Dependent
@Named("employeeRecordWriter")
public class EmployeeRecordWriter extends AbstractItemWriter {

  @Inject
  @BatchProperty(name = "importId")
  String importId;

  @EJB ImportProcessing processing;

  private ImportProcessing.Catalogue catalogue;

  @Override
  public void open(Serializable checkpoint) {
    catalogue = processing.newCatalogue();
  }

  @Override
  public void writeItems(List<Object> items) {
    processing.write(
        Long.parseLong(importId),
        items.stream().map(EmployeeRecord.class::cast).toList(),
        catalogue);
  }
}
