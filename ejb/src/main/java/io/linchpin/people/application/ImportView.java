package io.linchpin.people.application;

import io.linchpin.people.domain.imports.ImportStatus;
import java.time.Instant;
import java.util.List;

/** The state of an import and, for a rejected file, every reason it was refused. */
public record ImportView(
    long id,
    String kind,
    String target,
    String fileName,
    ImportStatus status,
    int totalRows,
    int processedRows,
    int created,
    int updated,
    int unchanged,
    int errorCount,
    String message,
    String submittedBy,
    Instant submittedAt,
    Instant finishedAt,
    List<ImportProblem> errors) {

  /** One refused cell or row: line (1 is the header), the column as the file names it, why. */
  public record ImportProblem(int line, String column, String message) {}
}
