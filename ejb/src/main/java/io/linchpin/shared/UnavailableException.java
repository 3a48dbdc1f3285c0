package io.linchpin.shared;

import jakarta.ejb.ApplicationException;

/**
 * Something Linchpin depends on outside itself (an external data source) could not answer; trying
 * again later may work. The message names the dependency, never a person.
 */
@ApplicationException(rollback = true)
public class UnavailableException extends LinchpinException {

  private static final long serialVersionUID = 1L;

  public UnavailableException(String message) {
    super(message);
  }

  @Override
  public String problemType() {
    return "unavailable";
  }

  @Override
  public int status() {
    return 503;
  }

  @Override
  public String title() {
    return "A source Linchpin depends on did not answer";
  }
}
