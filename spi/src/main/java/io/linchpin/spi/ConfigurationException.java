package io.linchpin.spi;

/** An extension's configuration that cannot work, with the setting and the reason. */
public class ConfigurationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String property;

  public ConfigurationException(String property, String message) {
    super(property + ": " + message);
    this.property = property;
  }

  public String property() {
    return property;
  }
}
