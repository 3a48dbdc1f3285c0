package io.linchpin.shared;

import jakarta.ejb.ApplicationException;

/**
 * The request is valid on its own but clashes with the current state (a duplicate, a stale
 * version).
 */
@ApplicationException(rollback = true)
public class ConflictException extends LinchpinException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public ConflictException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }

  @Override
  public String problemType() {
    return "conflict";
  }

  @Override
  public int status() {
    return 409;
  }

  @Override
  public String title() {
    return "Conflict with the current state";
  }
}
