package io.linchpin.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Input that breaks a business rule; carries every violation found, not just the first. */
@ApplicationException(rollback = true)
public class InvalidInputException extends LinchpinException {

  private static final long serialVersionUID = 1L;

  private final List<FieldViolation> violations;

  public InvalidInputException(List<FieldViolation> violations) {
    super(
        violations.size() == 1
            ? violations.get(0).message()
            : violations.size() + " invalid fields");
    this.violations = List.copyOf(violations);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldViolation(field, message)));
  }

  public List<FieldViolation> violations() {
    return violations;
  }

  @Override
  public String problemType() {
    return "validation";
  }

  @Override
  public int status() {
    return 400;
  }

  @Override
  public String title() {
    return "The request is not valid";
  }
}
