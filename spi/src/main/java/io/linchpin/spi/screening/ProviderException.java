package io.linchpin.spi.screening;

/** A source could not answer. The message is shown to HR and IT: never put personal data in it. */
public class ProviderException extends Exception {

  private static final long serialVersionUID = 1L;

  public ProviderException(String message) {
    super(message);
  }

  public ProviderException(String message, Throwable cause) {
    super(message, cause);
  }
}
