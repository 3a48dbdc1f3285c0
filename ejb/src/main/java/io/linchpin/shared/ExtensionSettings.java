package io.linchpin.shared;

import io.linchpin.spi.ConfigProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The settings of an extension, read the same way for every extension point: each declared property
 * from {@code <prefix><id>.<name>} in the system properties (where {@code conf/linchpin.properties}
 * puts them) or its default, required ones present, whole numbers and yes/no values parsed. A bad
 * setting stops the start with a message naming the extension and the setting.
 */
public final class ExtensionSettings {

  private ExtensionSettings() {}

  /**
   * Every declared setting by name; blank when not set and not required.
   *
   * @param what how the message names the extension, e.g. "extension module certifications"
   */
  public static Map<String, String> read(
      String what, String prefix, String id, List<ConfigProperty> properties) {
    Map<String, String> config = new LinkedHashMap<>();
    for (ConfigProperty p : properties) {
      String name = prefix + id + "." + p.name();
      String value = System.getProperty(name, p.defaultValue());
      if (value == null || value.isBlank()) {
        if (p.required()) {
          throw new IllegalStateException(what + ": setting " + name + " is required");
        }
        config.put(p.name(), "");
        continue;
      }
      value = value.strip();
      switch (p.type()) {
        case INT -> {
          try {
            Integer.parseInt(value);
          } catch (NumberFormatException e) {
            throw new IllegalStateException(what + ": setting " + name + " must be a whole number");
          }
        }
        case BOOLEAN -> {
          String v = value.toLowerCase(Locale.ROOT);
          if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalStateException(what + ": setting " + name + " must be true or false");
          }
        }
        case STRING, LIST -> {
          // any text
        }
      }
      config.put(p.name(), value);
    }
    return config;
  }

  /**
   * A whole-number setting from the system properties, or {@code fallback} when it is not set; a
   * value that does not parse or lies outside {@code min}–{@code max} stops the start with a
   * message naming the setting.
   *
   * @param what how the message names what the setting belongs to, or null
   * @param kind how the message names the value, e.g. "a whole number", "a number of days"
   */
  public static long bounded(
      String what, String key, long fallback, long min, long max, String kind) {
    String value = System.getProperty(key);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      long v = Long.parseLong(value.strip());
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new IllegalStateException(
        (what == null ? "" : what + ": ")
            + "setting "
            + key
            + " must be "
            + kind
            + " from "
            + min
            + " to "
            + max);
  }
}
