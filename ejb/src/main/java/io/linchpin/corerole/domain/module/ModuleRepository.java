package io.linchpin.corerole.domain.module;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where module versions and records are kept. */
public interface ModuleRepository {

  /** The version in force of a module: its highest. */
  Optional<ModuleVersion> current(String moduleKey);

  /** The version in force of every module, by key. */
  List<ModuleVersion> currentVersions();

  /** Every version of a module, newest first. */
  List<ModuleVersion> versions(String moduleKey);

  void add(ModuleVersion version);

  /**
   * A person's records of a module, oldest first; all collections when {@code collection} is null.
   */
  List<ModuleRecord> records(long employeeId, String moduleKey, String collection);

  /**
   * The opened values (JSON) of a module collection's records of all these people, by employee id,
   * read in bulk without loading entities; erased people's records are left out.
   */
  Map<Long, List<String>> values(Collection<Long> employeeIds, String moduleKey, String collection);

  /** How many records of a module collection each of these people has, by employee id. */
  Map<Long, Long> counts(Collection<Long> employeeIds, String moduleKey, String collection);

  Optional<ModuleRecord> record(long id);

  /** These records, by id; ids that name no record are left out. */
  Map<Long, ModuleRecord> records(Collection<Long> ids);

  void add(ModuleRecord record);

  void remove(ModuleRecord record);
}
