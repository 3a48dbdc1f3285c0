package io.linchpin.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs Bean Validation on a command and turns the violations into one {@link
 * InvalidInputException}, so callers see every problem at once with the field it concerns.
 */
@ApplicationScoped
public class InputValidator {

  @Inject Validator validator;

  public void validate(Object command, List<FieldViolation> alsoFound) {
    List<FieldViolation> all = new ArrayList<>();
    if (command == null) {
      all.add(new FieldViolation("body", "is required"));
    } else {
      for (ConstraintViolation<Object> v : validator.validate(command)) {
        all.add(new FieldViolation(v.getPropertyPath().toString(), v.getMessage()));
      }
    }
    all.addAll(alsoFound);
    if (!all.isEmpty()) {
      // One message per field: the first rule a value breaks is the one to fix.
      Map<String, FieldViolation> byField = new TreeMap<>();
      all.forEach(v -> byField.putIfAbsent(v.field(), v));
      throw new InvalidInputException(new ArrayList<>(byField.values()));
    }
  }

  public void validate(Object command) {
    validate(command, List.of());
  }
}
