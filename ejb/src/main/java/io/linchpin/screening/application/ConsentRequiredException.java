package io.linchpin.screening.application;

import io.linchpin.shared.ConflictException;
import jakarta.ejb.ApplicationException;

/**
 * An external check was refused because the person has no valid consent for the category and
 * purpose; the source was not asked and the refusal is on record.
 */
@ApplicationException(rollback = true)
public class ConsentRequiredException extends ConflictException {

  private static final long serialVersionUID = 1L;

  public ConsentRequiredException(String message) {
    super("consent", message);
  }

  @Override
  public String problemType() {
    return "consent-required";
  }

  @Override
  public String title() {
    return "No valid consent";
  }
}
