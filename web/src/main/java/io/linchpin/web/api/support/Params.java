package io.linchpin.web.api.support;

import io.linchpin.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Parses query parameters with errors that name the parameter; JAX-RS would answer a bad number in
 * a query string with a bare 404.
 */
public final class Params {

  private Params() {}

  public static int intParam(String name, String value, int defaultValue) {
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(name, "must be a whole number");
    }
  }

  public static Long longParam(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(name, "must be a whole number");
    }
  }

  public static java.math.BigDecimal decimalParam(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return new java.math.BigDecimal(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(name, "must be a number");
    }
  }

  public static LocalDate dateParam(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(name, "must be a date like 2024-03-05");
    }
  }

  public static <E extends Enum<E>> E enumParam(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          name, "must be one of " + Arrays.toString(type.getEnumConstants()));
    }
  }
}
