package io.linchpin.monitoring.infrastructure;

import io.linchpin.monitoring.application.internal.SignalImports;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The steps of the signal import job ({@code signal-import.xml}). */
public final class SignalImportBatchlets {

  static final String REJECTED = "REJECTED";

  private SignalImportBatchlets() {}

  /** Checks the whole file. */
  @Dependent
  @Named("validateSignalImport")
  public static class Validate extends AbstractBatchlet {

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    @EJB SignalImports signals;

    @Override
    public String process() {
      return signals.validate(Long.parseLong(importId)) ? "VALID" : REJECTED;
    }
  }

  /** Writes every value in one transaction. */
  @Dependent
  @Named("writeSignalImport")
  public static class Write extends AbstractBatchlet {

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    @EJB SignalImports signals;

    @Override
    public String process() {
      return signals.write(Long.parseLong(importId)) ? "WRITTEN" : REJECTED;
    }
  }
}
