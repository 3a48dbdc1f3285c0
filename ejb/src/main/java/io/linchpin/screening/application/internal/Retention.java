package io.linchpin.screening.application.internal;

import io.linchpin.screening.domain.DataCategory;
import io.linchpin.shared.ExtensionSettings;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * How long findings of each category are kept: {@code linchpin.screening.retention.<CATEGORY>}
 * days, or the category's default.
 */
@ApplicationScoped
public class Retention {

  public static final String PREFIX = "linchpin.screening.retention.";

  public int days(DataCategory category) {
    return (int)
        ExtensionSettings.bounded(
            null,
            PREFIX + category.name(),
            category.defaultRetentionDays(),
            1,
            3650,
            "a number of days");
  }
}
