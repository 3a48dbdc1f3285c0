package io.linchpin.corerole.application.internal;

import io.linchpin.corerole.domain.module.ModuleDefinition;
import io.linchpin.corerole.domain.module.ModuleVersion;
import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.Formulas;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stored module versions read back into definitions once: versions never change, so each is parsed
 * and checked the first time it is needed and kept.
 */
@ApplicationScoped
public class ModuleCatalog {

  @Inject Formulas formulas;

  private final Map<Long, ModuleDefinition> definitions = new ConcurrentHashMap<>();

  public ModuleDefinition definition(ModuleVersion version) {
    return definitions.computeIfAbsent(
        version.getId(),
        id -> {
          List<FieldViolation> problems = new ArrayList<>();
          ModuleDefinition d =
              ModuleDefinition.parse(json(version.getDefinition()), formulas, problems);
          if (d == null) {
            throw new IllegalStateException(
                "stored module "
                    + version.getModuleKey()
                    + " v"
                    + version.getVersionNo()
                    + " no longer reads: "
                    + problems);
          }
          return d;
        });
  }

  static JsonObject json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
