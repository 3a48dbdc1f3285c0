package io.linchpin.corerole.application;

import io.linchpin.people.application.ImportView;
import io.linchpin.people.application.Ref;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Modules and their data. HR admins define and revise modules (every change a new version; data
 * already entered survives it); HR admins and HR business partners enter people's records; the
 * registry's readers see records and computed metrics of the people in their reach, audited.
 * Invalid input throws {@link io.linchpin.shared.InvalidInputException} naming each problem by its
 * path.
 */
public interface ModuleService {

  /** Every module in its version in force. */
  List<ModuleView> modules();

  ModuleView module(String key);

  /** Every version of a module, newest first. */
  List<ModuleView> versions(String key);

  ModuleView create(JsonObject definition);

  /** A new version of an existing module. */
  ModuleView revise(String key, JsonObject definition);

  /** A person's records of a module's collection (all collections when null); audited. */
  List<RecordView> records(long employeeId, String moduleKey, String collection);

  RecordView add(long employeeId, String moduleKey, String collection, JsonObject values);

  RecordView change(long employeeId, String moduleKey, long recordId, JsonObject values);

  void remove(long employeeId, String moduleKey, long recordId);

  /**
   * Accepts a file (CSV or XLSX) of a collection's records for import by a batch job, all or
   * nothing; follow the returned import until it is COMPLETED or REJECTED. HR admins only.
   */
  ImportView importRecords(String moduleKey, String collection, String fileName, byte[] content);

  /** A CSV file with the header row a collection's import reads, in Chinese or English. */
  byte[] importTemplate(String moduleKey, String collection, String language);

  /** The module's metrics and rules computed over the person's records; audited. */
  Evaluation evaluate(long employeeId, String moduleKey);

  /** A module version with its definition. */
  record ModuleView(
      String key,
      int version,
      String name,
      String roleFamily,
      String source,
      Instant createdAt,
      String createdBy,
      JsonObject definition) {}

  /**
   * A record: {@code values} by the fields of the version in force, {@code retired} those of fields
   * a later version dropped (kept, not shown in formulas).
   */
  record RecordView(
      long id,
      String collection,
      Map<String, Object> values,
      Map<String, Object> retired,
      int moduleVersion,
      Instant updatedAt,
      String updatedBy) {}

  /** Metrics and rules of a module for a person. */
  record Evaluation(
      Ref employee,
      String module,
      int version,
      List<MetricValue> metrics,
      List<RuleResult> rules) {}

  /** A metric's value, or why it could not be computed. */
  record MetricValue(String key, String label, String unit, Object value, String error) {}

  /** Whether a rule flags the person, or why it could not be decided. */
  record RuleResult(String key, String label, Boolean triggered, String error) {}
}
