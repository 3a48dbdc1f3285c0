package io.linchpin.casework.domain;

import java.util.List;

/**
 * One field of a step's completion form. {@code choices} lists the allowed values of a {@code
 * CHOICE} field. Text is limited to {@value #MAX_TEXT} characters.
 */
public record FormField(
    String name, Type type, boolean required, String label, List<String> choices) {

  public static final int MAX_TEXT = 4000;

  public enum Type {
    TEXT,
    YES_NO,
    CHOICE
  }

  public FormField {
    choices = List.copyOf(choices);
  }

  public static FormField text(String name, boolean required, String label) {
    return new FormField(name, Type.TEXT, required, label, List.of());
  }

  public static FormField yesNo(String name, boolean required, String label) {
    return new FormField(name, Type.YES_NO, required, label, List.of());
  }

  public static FormField choice(
      String name, boolean required, String label, List<String> choices) {
    return new FormField(name, Type.CHOICE, required, label, choices);
  }
}
