package io.linchpin.people.domain.imports;

import java.util.List;
import java.util.Optional;

/** Import jobs, their error reports and saved column mappings. */
public interface ImportRepository {

  /** Stores a new job and its file. */
  void add(ImportJob job, byte[] content);

  /** The uploaded file of a job. */
  byte[] content(long importId);

  /** Deletes the uploaded file of an ended job. */
  void discardFile(long importId);

  Optional<ImportJob> find(long id);

  List<ImportJob> recent(int max);

  List<ImportJob> unfinished();

  void addErrors(long importId, List<RowProblem> problems);

  void clearErrors(long importId);

  List<ImportError> errors(long importId);

  Optional<ColumnMapping> mapping(String name);

  List<ColumnMapping> mappings();

  void add(ColumnMapping mapping);
}
