package io.linchpin.shared;

import jakarta.ejb.ApplicationException;

/**
 * The caller asked to act, as HR, Legal or a manager, on a record about themselves: triage their
 * own alert, assess themselves, work a step of their own case, answer for their own explanation,
 * run a check on themselves. Refused with {@code 403}, naming the field and why; what the employee
 * role allows them about themselves stays open through their own ({@code /me}) routes.
 */
@ApplicationException(rollback = true)
public class OwnRecordException extends ConflictException {

  private static final long serialVersionUID = 1L;

  public OwnRecordException(String field, String message) {
    super(field, message);
  }

  @Override
  public String problemType() {
    return "own-record";
  }

  @Override
  public int status() {
    return 403;
  }

  @Override
  public String title() {
    return "Not on a record about yourself";
  }
}
