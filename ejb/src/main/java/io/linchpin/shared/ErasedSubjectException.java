package io.linchpin.shared;

/**
 * A sealed value cannot be opened because its subject was erased: the value is gone for good, which
 * callers show as empty rather than as an error.
 */
public class ErasedSubjectException extends SealedValueException {

  private static final long serialVersionUID = 1L;

  public ErasedSubjectException() {
    super("the data of this subject was erased");
  }
}
