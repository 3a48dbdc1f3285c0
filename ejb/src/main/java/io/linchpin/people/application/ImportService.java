package io.linchpin.people.application;

import java.util.List;
import java.util.Map;

/**
 * Bulk import of employees (and the org units their paths name) and of org-unit trees from CSV or
 * XLSX files. A file is imported completely or not at all; a rejected file comes back with every
 * bad cell.
 */
public interface ImportService {

  /** Accepts a file and starts its import in the background. */
  ImportView submit(SubmitImport command);

  /** Status, counts and (for a rejected file) the report. */
  ImportView get(long id);

  List<ImportView> recent();

  /** The template to fill in, as CSV with a BOM (Excel opens it correctly); zh or en headers. */
  byte[] template(io.linchpin.people.domain.imports.ImportKind kind, String language);

  ColumnMappingView saveMapping(String name, Map<String, String> columns);

  List<ColumnMappingView> mappings();

  /**
   * Starts again every import that a server stop interrupted, that is every unfinished import
   * submitted before this server started; returns how many.
   */
  int resumeInterrupted(java.time.Instant serverStart);
}
