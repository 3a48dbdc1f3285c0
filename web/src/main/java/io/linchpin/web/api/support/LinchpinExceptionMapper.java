package io.linchpin.web.api.support;

import io.linchpin.shared.ConflictException;
import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.LinchpinException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Maps the domain's exception hierarchy to problem documents. */
@Provider
public class LinchpinExceptionMapper implements ExceptionMapper<LinchpinException> {

  @Override
  public Response toResponse(LinchpinException e) {
    List<FieldViolation> errors = List.of();
    if (e instanceof InvalidInputException invalid) {
      errors = invalid.violations();
    } else if (e instanceof ConflictException conflict && conflict.field() != null) {
      errors = List.of(new FieldViolation(conflict.field(), e.getMessage()));
    }
    return Problems.of(e.status(), e.problemType(), e.title(), e.getMessage(), errors);
  }
}
