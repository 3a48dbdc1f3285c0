package io.linchpin.corerole.infrastructure;

import io.linchpin.corerole.domain.module.ModuleDefinition;
import io.linchpin.corerole.domain.module.ModuleRepository;
import io.linchpin.corerole.domain.module.ModuleVersion;
import io.linchpin.shared.ExtensionSettings;
import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.Formulas;
import io.linchpin.spi.ConfigurationException;
import io.linchpin.spi.ModuleProviderFactory;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.logging.Logger;

/**
 * Installs the modules of extension jars at start: each {@link ModuleProviderFactory} found through
 * {@link ServiceLoader} is configured from {@code linchpin.module.<id>.<property>}, checked, and
 * its module installed as a new version when its definition is new or changed. A module HR has
 * since revised is left to HR. A broken extension stops the start with a message naming the
 * extension and the setting or the definition's path.
 */
@Singleton
@Startup
@DependsOn("ModuleTemplates")
public class ModuleExtensions {

  public static final String PREFIX = "linchpin.module.";
  private static final Logger LOG = Logger.getLogger(ModuleExtensions.class.getName());

  @Inject ModuleRepository modules;
  @Inject Formulas formulas;

  @PostConstruct
  void install() {
    for (ModuleProviderFactory factory :
        ServiceLoader.load(ModuleProviderFactory.class, ModuleExtensions.class.getClassLoader())) {
      install(factory);
    }
  }

  void install(ModuleProviderFactory factory) {
    String id = factory.id();
    Map<String, String> config = configuration(factory);
    ModuleDefinition d;
    try {
      factory.validateConfiguration(config);
      d = definition(id, factory.create(config).definition());
    } catch (ConfigurationException e) {
      throw new IllegalStateException(
          "extension module " + id + ": setting " + PREFIX + id + "." + e.getMessage(), e);
    }
    ModuleVersion current = modules.current(d.key()).orElse(null);
    String canonical = d.toJson().toString();
    if (current == null) {
      modules.add(
          new ModuleVersion(
              d, 1, ModuleVersion.Source.EXTENSION, Instant.now(), "extension:" + id));
      LOG.info(() -> "Installed module " + d.key() + " from extension " + id);
    } else if (current.getSource() != ModuleVersion.Source.EXTENSION) {
      LOG.warning(
          () ->
              "Extension "
                  + id
                  + " provides module "
                  + d.key()
                  + ", whose version in force was made by "
                  + current.getSource()
                  + "; left as it is");
    } else if (!current.getDefinition().equals(canonical)) {
      int next = current.getVersionNo() + 1;
      modules.add(
          new ModuleVersion(
              d, next, ModuleVersion.Source.EXTENSION, Instant.now(), "extension:" + id));
      LOG.info(() -> "Module " + d.key() + " from extension " + id + " is now version " + next);
    }
  }

  /** Every declared setting, from the system properties or its default; checked for its type. */
  static Map<String, String> configuration(ModuleProviderFactory factory) {
    return ExtensionSettings.read(
        "extension module " + factory.id(), PREFIX, factory.id(), factory.configProperties());
  }

  private ModuleDefinition definition(String id, String json) {
    JsonObject object;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      object = reader.readObject();
    } catch (JsonParsingException e) {
      throw new IllegalStateException(
          "extension module " + id + ": its definition is not JSON: " + e.getMessage(), e);
    }
    List<FieldViolation> problems = new ArrayList<>();
    ModuleDefinition d = ModuleDefinition.parse(object, formulas, problems);
    if (d == null) {
      throw new IllegalStateException(
          "extension module "
              + id
              + ": its definition is refused: "
              + problems.stream().map(p -> p.field() + ": " + p.message()).toList());
    }
    return d;
  }
}
