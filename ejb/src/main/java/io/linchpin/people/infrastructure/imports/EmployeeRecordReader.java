package io.linchpin.people.infrastructure.imports;

import io.linchpin.shared.tabular.SourceRow;
import io.linchpin.shared.tabular.TabularFile;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * Reads the validated rows of an import's file in order. The checkpoint is the number of rows
 * consumed, so a restarted step skips what was committed.
 */
@Dependent
@Named("employeeRecordReader")
public class EmployeeRecordReader extends AbstractItemReader {

  @Inject
  @BatchProperty(name = "importId")
  String importId;

  /** When true, only rows that name a manager are read (the manager-linking step). */
  @Inject
  @BatchProperty(name = "onlyWithManager")
  String onlyWithManager;

  @EJB ImportProcessing processing;

  private TabularFile.RowSource file;
  private EmployeeRowDecoder decoder;
  private int consumed;

  @Override
  public void open(Serializable checkpoint) {
    if (Boolean.parseBoolean(onlyWithManager)
        && processing.pendingManagerLinks(Long.parseLong(importId)) == 0) {
      return; // every manager was linked while writing: nothing to read
    }
    ImportProcessing.Source source = processing.source(Long.parseLong(importId));
    file = TabularFile.open(source.content());
    decoder =
        new EmployeeRowDecoder(ColumnLayout.of(file.header(), source.mapping()), LocalDate.now());
    int skip = checkpoint == null ? 0 : (Integer) checkpoint;
    while (consumed < skip && file.hasNext()) {
      file.next();
      consumed++;
    }
  }

  @Override
  public Object readItem() {
    if (file == null) {
      return null;
    }
    boolean managersOnly = Boolean.parseBoolean(onlyWithManager);
    while (file.hasNext()) {
      SourceRow row = file.next();
      consumed++;
      EmployeeRowDecoder.Result result = decoder.decode(row);
      if (result.record() == null) {
        // Validation passed for this very file; a row that now fails means the rules changed.
        throw new IllegalStateException(
            "line " + row.line() + " no longer passes validation: " + result.problems());
      }
      if (!managersOnly || result.record().managerNumber() != null) {
        return result.record();
      }
    }
    return null;
  }

  @Override
  public Serializable checkpointInfo() {
    return consumed;
  }

  @Override
  public void close() {
    if (file != null) {
      file.close();
    }
  }
}
