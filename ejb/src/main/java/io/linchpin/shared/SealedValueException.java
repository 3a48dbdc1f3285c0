package io.linchpin.shared;

/** A sealed value could not be opened: altered, moved to another place, or its subject erased. */
public class SealedValueException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SealedValueException(String message, Throwable cause) {
    super(message, cause);
  }

  public SealedValueException(String message) {
    super(message);
  }
}
