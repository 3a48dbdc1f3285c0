package io.linchpin.spi;

import java.util.List;
import java.util.Map;

/**
 * Makes a module from configuration. Implementations are found through {@link
 * java.util.ServiceLoader} ({@code META-INF/services/io.linchpin.spi.ModuleProviderFactory}) and
 * must have a public no-argument constructor.
 *
 * <p>At start the server reads each {@link #configProperties() property} from {@code
 * linchpin.module.<id>.<name>} (or its default), checks required ones and types, calls {@link
 * #validateConfiguration}, then {@link #create} and checks the definition. Any failure stops the
 * start with a message naming the extension and the setting. The module is installed as version 1
 * (source {@code EXTENSION}); a changed definition at a later start becomes a new version, and data
 * already entered is kept.
 */
public interface ModuleProviderFactory {

  /** Lower-case letters, digits and '-': names the settings ({@code linchpin.module.<id>.…}). */
  String id();

  /** One line for IT: what the module records. */
  String description();

  List<ConfigProperty> configProperties();

  /** Refuses settings that parse but cannot work together; the map holds every property. */
  default void validateConfiguration(Map<String, String> config) {}

  ModuleProvider create(Map<String, String> config);
}
