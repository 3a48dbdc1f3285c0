package io.linchpin.screening.application.internal;

import io.linchpin.screening.domain.DataCategory;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * How long findings of each category are kept: {@code linchpin.screening.retention.<CATEGORY>}
 * days, or the category's default.
 */
@ApplicationScoped
public class Retention {

  public static final String PREFIX = "linchpin.screening.retention.";

  public int days(DataCategory category) {
    String value = System.getProperty(PREFIX + category.name());
    if (value == null || value.isBlank()) {
      return category.defaultRetentionDays();
    }
    try {
      int days = Integer.parseInt(value.strip());
      if (days < 1 || days > 3650) {
        throw new NumberFormatException();
      }
      return days;
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          "setting " + PREFIX + category.name() + " must be a number of days from 1 to 3650");
    }
  }
}
