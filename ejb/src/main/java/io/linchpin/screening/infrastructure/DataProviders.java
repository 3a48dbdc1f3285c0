package io.linchpin.screening.infrastructure;

import io.linchpin.screening.application.internal.Retention;
import io.linchpin.screening.domain.DataCategory;
import io.linchpin.screening.domain.ExternalSources;
import io.linchpin.shared.ExtensionSettings;
import io.linchpin.spi.ConfigurationException;
import io.linchpin.spi.screening.DataProvider;
import io.linchpin.spi.screening.DataProviderFactory;
import io.linchpin.spi.screening.ExternalRecord;
import io.linchpin.spi.screening.Health;
import io.linchpin.spi.screening.Person;
import io.linchpin.spi.screening.ProviderException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * The data providers IT has switched on ({@code linchpin.screening.providers}, in order of
 * preference), found through {@link ServiceLoader} in Linchpin and in the extension jars, each
 * configured from {@code linchpin.screening.<id>.<name>} at start ({@code .categories} narrows what
 * it is asked for). A provider named but not installed, or badly configured, stops the start with a
 * message naming it and the setting. Every call goes through the provider's {@link CallGuard}: a
 * timeout, retries, a circuit breaker.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DataProviders implements ExternalSources {

  public static final String PREFIX = "linchpin.screening.";
  public static final String ENABLED = PREFIX + "providers";

  private static final Logger LOG = Logger.getLogger(DataProviders.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject Retention retention;

  /** A configured provider and the guard around its calls. */
  private record Configured(
      String id,
      String description,
      Set<DataCategory> categories,
      DataProvider provider,
      CallGuard guard) {}

  private volatile Map<String, Configured> providers = Map.of();

  @PostConstruct
  void start() {
    for (DataCategory c : DataCategory.values()) {
      retention.days(c); // a bad retention setting stops the start here, not at the first check
    }
    Map<String, DataProviderFactory> installed = new TreeMap<>();
    for (DataProviderFactory f :
        ServiceLoader.load(DataProviderFactory.class, DataProviders.class.getClassLoader())) {
      installed.put(f.id(), f);
    }
    Map<String, Configured> configured = new LinkedHashMap<>();
    for (String id : enabled()) {
      if (id.equals(FileDropInbox.ID)) {
        continue; // files arrive on their own; the inbox takes them in
      }
      DataProviderFactory f = installed.get(id);
      if (f == null) {
        throw new IllegalStateException(
            "setting "
                + ENABLED
                + " names the data provider "
                + id
                + ", which is not installed; installed: "
                + installed.keySet());
      }
      configured.put(id, configure(f));
      everyDays(id); // a bad schedule stops the start here
      LOG.info(() -> "Data provider " + id + " is on: " + f.description());
    }
    providers = configured;
  }

  private Configured configure(DataProviderFactory f) {
    String what = "data provider " + f.id();
    Map<String, String> config = ExtensionSettings.read(what, PREFIX, f.id(), f.configProperties());
    Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
    for (String c : f.categories()) {
      categories.add(
          DataCategory.parse(c)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          what
                              + " answers the unknown category "
                              + c
                              + "; known: "
                              + Arrays.toString(DataCategory.values()))));
    }
    String narrowed = System.getProperty(PREFIX + f.id() + ".categories");
    if (narrowed != null && !narrowed.isBlank()) {
      Set<DataCategory> chosen = EnumSet.noneOf(DataCategory.class);
      for (String c : narrowed.split(",")) {
        DataCategory category = DataCategory.parse(c.strip()).orElse(null);
        if (category == null || !categories.contains(category)) {
          throw new IllegalStateException(
              what
                  + ": setting "
                  + PREFIX
                  + f.id()
                  + ".categories names "
                  + c.strip()
                  + ", which it does not answer; it answers "
                  + categories);
        }
        chosen.add(category);
      }
      categories = chosen;
    }
    DataProvider provider;
    try {
      f.validateConfiguration(config);
      provider = f.create(config);
    } catch (ConfigurationException e) {
      throw new IllegalStateException(
          what + ": setting " + PREFIX + f.id() + "." + e.getMessage(), e);
    }
    return new Configured(
        f.id(), f.description(), categories, provider, CallGuard.configured(f.id(), executor));
  }

  static List<String> enabled() {
    String value = System.getProperty(ENABLED, "");
    List<String> ids = new ArrayList<>();
    for (String id : value.split(",")) {
      if (!id.isBlank() && !ids.contains(id.strip())) {
        ids.add(id.strip());
      }
    }
    return ids;
  }

  @PreDestroy
  void stop() {
    providers.values().forEach(p -> p.provider().close());
  }

  @Override
  public Optional<String> sourceFor(DataCategory category, String preferred) {
    if (preferred != null && !preferred.isBlank()) {
      Configured p = providers.get(preferred.strip());
      return p != null && p.categories().contains(category)
          ? Optional.of(p.id())
          : Optional.empty();
    }
    return providers.values().stream()
        .filter(p -> p.categories().contains(category))
        .map(Configured::id)
        .findFirst();
  }

  @Override
  public List<SourceRecord> lookup(
      String source, String nationalId, String fullName, DataCategory category)
      throws SourceUnavailableException {
    Configured p = providers.get(source);
    if (p == null) {
      throw new IllegalStateException("no data provider " + source);
    }
    Person person = new Person(nationalId, fullName);
    List<ExternalRecord> records;
    try {
      records = p.guard().call(() -> p.provider().lookup(person, category.name()));
    } catch (ProviderException e) {
      throw new SourceUnavailableException(e.getMessage(), e);
    }
    List<SourceRecord> result = new ArrayList<>();
    for (ExternalRecord r : records) {
      if (!category.name().equals(r.category())) {
        throw new SourceUnavailableException(
            "it returned a record of " + r.category() + " when asked for " + category, null);
      }
      result.add(
          new SourceRecord(r.kind(), r.reference(), r.occurredOn(), r.amount(), r.summary()));
    }
    return result;
  }

  @Override
  public int everyDays(String source) {
    return (int)
        ExtensionSettings.bounded(
            "data provider " + source,
            PREFIX + source + ".everyDays",
            30,
            0,
            3650,
            "a number of days");
  }

  @Override
  public List<SourceStatus> status() {
    List<SourceStatus> status = new ArrayList<>();
    if (enabled().contains(FileDropInbox.ID)) {
      java.nio.file.Path folder = FileDropInbox.folder();
      boolean up =
          java.nio.file.Files.isDirectory(folder) && java.nio.file.Files.isWritable(folder);
      status.add(
          new SourceStatus(
              FileDropInbox.ID,
              "Export files dropped into the inbox folder",
              EnumSet.allOf(DataCategory.class),
              up,
              up ? "watching " + folder : "the folder " + folder + " is missing or not writable"));
    }
    for (Configured p : providers.values()) {
      Health h;
      try {
        h = p.guard().probe(() -> p.provider().health());
      } catch (ProviderException e) {
        h = Health.down(e.getMessage());
      }
      status.add(new SourceStatus(p.id(), p.description(), p.categories(), h.up(), h.detail()));
    }
    return status;
  }
}
