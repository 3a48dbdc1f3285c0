package io.linchpin.corerole.application.internal;

import io.linchpin.corerole.domain.CustomerLink;
import io.linchpin.corerole.domain.module.ModuleRecord;
import io.linchpin.corerole.domain.module.RecordValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person's customers as the sales module ({@code sales-customers}) holds them; records without a
 * start date or revenue are left out.
 */
final class SalesCustomers {

  static final String MODULE = "sales-customers";
  static final String COLLECTION = "customers";

  private SalesCustomers() {}

  static List<CustomerLink> links(List<ModuleRecord> records) {
    return fromJson(records.stream().map(ModuleRecord::values).toList());
  }

  /** The same from the records' values as JSON. */
  static List<CustomerLink> fromJson(List<String> values) {
    List<CustomerLink> links = new ArrayList<>();
    for (String json : values) {
      if (json == null) {
        continue;
      }
      Map<String, Object> v = RecordValues.fromJson(json);
      LocalDate since = date(v.get("since"));
      if (since == null || !(v.get("annualRevenue") instanceof Double revenue)) {
        continue;
      }
      CustomerLink.Coverage coverage = CustomerLink.Coverage.NONE;
      if (v.get("successorCoverage") instanceof String c
          && Set.of("NONE", "PARTIAL", "FULL").contains(c)) {
        coverage = CustomerLink.Coverage.valueOf(c);
      }
      links.add(
          new CustomerLink(
              String.valueOf(v.getOrDefault("customer", "?")),
              since,
              BigDecimal.valueOf(revenue),
              coverage,
              date(v.get("contractEnd"))));
    }
    return links;
  }

  private static LocalDate date(Object value) {
    if (value instanceof String s) {
      try {
        return LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }
}
