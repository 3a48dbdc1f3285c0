package io.linchpin.corerole.infrastructure;

import io.linchpin.corerole.domain.module.ModuleDefinition;
import io.linchpin.corerole.domain.module.ModuleRepository;
import io.linchpin.corerole.domain.module.ModuleVersion;
import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.Formulas;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Installs the shipped module templates — sales customer-resource linkage, R&D knowledge, project
 * management — as version 1 of their modules when no module of that key exists yet. HR admins
 * revise them like any other module.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class ModuleTemplates {

  static final List<String> TEMPLATES =
      List.of("sales-customers", "rnd-knowledge", "project-management");

  private static final Logger LOG = Logger.getLogger(ModuleTemplates.class.getName());

  @Inject ModuleRepository modules;
  @Inject Formulas formulas;

  @PostConstruct
  void installMissing() {
    for (String key : TEMPLATES) {
      if (modules.current(key).isPresent()) {
        continue;
      }
      List<FieldViolation> problems = new ArrayList<>();
      ModuleDefinition d = ModuleDefinition.parse(read(key), formulas, problems);
      if (d == null) {
        throw new IllegalStateException(
            "shipped module template " + key + " is invalid: " + problems);
      }
      modules.add(
          new ModuleVersion(d, 1, ModuleVersion.Source.TEMPLATE, Instant.now(), "linchpin"));
      LOG.info(() -> "Installed module template " + key);
    }
  }

  static JsonObject read(String key) {
    try (InputStream in = ModuleTemplates.class.getResourceAsStream("/modules/" + key + ".json")) {
      if (in == null) {
        throw new IllegalStateException("missing module template " + key);
      }
      try (JsonReader reader = Json.createReader(in)) {
        return reader.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
