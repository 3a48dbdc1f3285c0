package io.linchpin.people.domain.imports;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Import jobs, their error reports and saved column mappings. */
public interface ImportRepository {

  /** Stores a new job and its file. */
  void add(ImportJob job, byte[] content);

  /** The uploaded file of a job. */
  byte[] content(long importId);

  /**
   * Deletes the uploaded file of an ended job and destroys its key: the file must not linger
   * anywhere readable, backups included.
   */
  void discardFile(long importId);

  /**
   * Refuses a file whole: its report replaced by these problems (in the order given), the file
   * discarded, the job rejected saying nothing was imported.
   */
  void reject(ImportJob job, int rows, List<RowProblem> problems, java.time.Instant at);

  Optional<ImportJob> find(long id);

  List<ImportJob> recent(int max);

  /** The newest imports that touched a unit within one of these paths (each with its subtree). */
  List<ImportJob> recentTouching(Collection<String> unitPaths, int max);

  /** Whether the import touched a unit within one of these paths. */
  boolean touches(long importId, Collection<String> unitPaths);

  /**
   * Records that the import touched these org units and the units of these people (as the database
   * holds them now).
   */
  void touched(long importId, Collection<Long> employeeIds, Collection<Long> orgUnitIds);

  List<ImportJob> unfinished();

  void addErrors(long importId, List<RowProblem> problems);

  void clearErrors(long importId);

  List<ImportError> errors(long importId);

  Optional<ColumnMapping> mapping(String name);

  List<ColumnMapping> mappings();

  void add(ColumnMapping mapping);
}
