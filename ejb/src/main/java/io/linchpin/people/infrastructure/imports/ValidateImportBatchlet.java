package io.linchpin.people.infrastructure.imports;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** First step: checks the whole file; exit status REJECTED ends the job with nothing written. */
@Dependent
@Named("validateImport")
public class ValidateImportBatchlet extends AbstractBatchlet {

  public static final String VALID = "VALID";
  public static final String REJECTED = "REJECTED";

  @Inject
  @BatchProperty(name = "importId")
  String importId;

  @EJB ImportProcessing processing;

  @Override
  public String process() {
    return processing.validate(Long.parseLong(importId)) ? VALID : REJECTED;
  }
}
