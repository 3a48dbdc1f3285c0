package io.linchpin.people.infrastructure.imports;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The steps of the org-unit import job. */
public final class OrgUnitImportBatchlets {

  private OrgUnitImportBatchlets() {}

  /** Checks the whole file; exit status REJECTED ends the job with nothing written. */
  @Dependent
  @Named("validateOrgUnitImport")
  public static class Validate extends AbstractBatchlet {

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    @EJB OrgUnitImportProcessing processing;

    @Override
    public String process() {
      return processing.validate(Long.parseLong(importId))
          ? ValidateImportBatchlet.VALID
          : ValidateImportBatchlet.REJECTED;
    }
  }

  /** Writes all units in one transaction. */
  @Dependent
  @Named("writeOrgUnitImport")
  public static class Write extends AbstractBatchlet {

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    @EJB OrgUnitImportProcessing processing;

    @Override
    public String process() {
      processing.write(Long.parseLong(importId));
      return "WRITTEN";
    }
  }
}
