package io.linchpin.casework.domain;

import io.linchpin.shared.FieldViolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a person must record to complete a playbook step: a guided checklist and free text. Values
 * are checked against the fields: unknown names, wrong types, missing required values and over-long
 * text are all reported, each by its field name.
 */
public record StepForm(List<FormField> fields) {

  /** A step without a form of its own takes an optional comment. */
  public static final StepForm COMMENT_ONLY =
      new StepForm(List.of(FormField.text("comment", false, "Comment")));

  public StepForm {
    fields = List.copyOf(fields);
  }

  /** The values in field order, as text ({@code yes}/{@code no} for yes-no fields). */
  public Map<String, String> accept(Map<String, Object> values, List<FieldViolation> violations) {
    Map<String, Object> given = values == null ? Map.of() : values;
    Set<String> known = new java.util.HashSet<>();
    Map<String, String> accepted = new LinkedHashMap<>();
    for (FormField field : fields) {
      known.add(field.name());
      Object value = given.get(field.name());
      String path = "values." + field.name();
      if (value == null || (value instanceof String s && s.isBlank())) {
        if (field.required()) {
          violations.add(new FieldViolation(path, "is required"));
        }
        continue;
      }
      switch (field.type()) {
        case YES_NO -> {
          if (value instanceof Boolean b) {
            accepted.put(field.name(), b ? "yes" : "no");
          } else {
            violations.add(new FieldViolation(path, "must be true or false"));
          }
        }
        case CHOICE -> {
          if (value instanceof String s && field.choices().contains(s)) {
            accepted.put(field.name(), s);
          } else {
            violations.add(
                new FieldViolation(path, "must be one of " + String.join(", ", field.choices())));
          }
        }
        case TEXT -> {
          if (!(value instanceof String s)) {
            violations.add(new FieldViolation(path, "must be text"));
          } else if (s.length() > FormField.MAX_TEXT) {
            violations.add(
                new FieldViolation(path, "must be at most " + FormField.MAX_TEXT + " characters"));
          } else {
            accepted.put(field.name(), s.strip());
          }
        }
      }
    }
    List<String> unknown = new ArrayList<>();
    for (String name : given.keySet()) {
      if (!known.contains(name)) {
        unknown.add(name);
      }
    }
    for (String name : unknown) {
      violations.add(new FieldViolation("values." + name, "is not a field of this step"));
    }
    return accepted;
  }
}
