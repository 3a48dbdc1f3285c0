package io.linchpin.people.infrastructure.imports;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Last step: marks the import completed. */
@Dependent
@Named("finishImport")
public class FinishImportBatchlet extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = "importId")
  String importId;

  @EJB ImportProcessing processing;

  @Override
  public String process() {
    processing.complete(Long.parseLong(importId));
    return "COMPLETED";
  }
}
