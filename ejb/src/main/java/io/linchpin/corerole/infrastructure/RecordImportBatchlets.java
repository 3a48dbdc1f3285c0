package io.linchpin.corerole.infrastructure;

import io.linchpin.corerole.application.internal.RecordImports;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The steps of the module-record import job ({@code module-record-import.xml}). */
public final class RecordImportBatchlets {

  /** The exit status of a step that refused the file; the job ends with nothing written. */
  public static final String REJECTED = "REJECTED";

  private RecordImportBatchlets() {}

  /** Checks the whole file. */
  @Dependent
  @Named("validateModuleRecordImport")
  public static class Validate extends AbstractBatchlet {

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    @EJB RecordImports records;

    @Override
    public String process() {
      return records.validate(Long.parseLong(importId)) ? "VALID" : REJECTED;
    }
  }

  /** Writes every record in one transaction. */
  @Dependent
  @Named("writeModuleRecordImport")
  public static class Write extends AbstractBatchlet {

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    @EJB RecordImports records;

    @Override
    public String process() {
      return records.write(Long.parseLong(importId)) ? "WRITTEN" : REJECTED;
    }
  }
}
