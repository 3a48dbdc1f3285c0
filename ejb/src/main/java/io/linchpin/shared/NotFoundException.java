package io.linchpin.shared;

import jakarta.ejb.ApplicationException;

/** The caller asked for something that does not exist, or that they may not know exists. */
@ApplicationException(rollback = true)
public class NotFoundException extends LinchpinException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String what, Object id) {
    super(what + " " + id + " does not exist");
  }

  @Override
  public String problemType() {
    return "not-found";
  }

  @Override
  public int status() {
    return 404;
  }

  @Override
  public String title() {
    return "Not found";
  }
}
