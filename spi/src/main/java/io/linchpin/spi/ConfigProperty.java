package io.linchpin.spi;

import java.util.Objects;

/**
 * A setting an extension takes, read from {@code linchpin.<kind>.<factory id>.<name>} ({@code
 * linchpin.module.…} for modules, {@code linchpin.screening.…} for data providers); the server
 * checks it is there when {@code required} and that it parses as its type before the factory sees
 * it.
 */
public record ConfigProperty(
    String name, String label, Type type, String defaultValue, boolean required) {

  /** How a setting's text is read. */
  public enum Type {
    STRING,
    /** A whole number. */
    INT,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** Comma-separated texts. */
    LIST
  }

  public ConfigProperty {
    Objects.requireNonNull(name);
    Objects.requireNonNull(type);
  }
}
