package io.linchpin.casework.domain;

import io.linchpin.shared.FieldViolation;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What each kind of intervention records, checked field by field ({@code details.amount}, …):
 *
 * <ul>
 *   <li>relief loan: {@code amount} (up to the policy maximum), {@code months} (1–60),
 *       interest-free;
 *   <li>workload rebalancing: {@code moves}, a list of {@code {work, to}};
 *   <li>supplementary agreement: {@code title}, {@code terms}, later the signed copy's {@code
 *       signedAttachmentId};
 *   <li>successor shadowing: {@code successor}, {@code plan};
 *   <li>KPI weight change: {@code metric}, {@code oldWeight}, {@code newWeight} (percent);
 *   <li>customer transition: {@code customers}, {@code plan}.
 * </ul>
 */
public final class InterventionDetails {

  static final int MAX_TEXT = FormField.MAX_TEXT;

  /** The longest outcome of an intervention. */
  public static final int MAX_OUTCOME = FormField.MAX_TEXT;

  static final int MAX_MOVES = 50;

  /** Looked up once: {@code Json.create…} looks the provider up on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private InterventionDetails() {}

  /** The details as stored (JSON), or null with the violations added. */
  public static String accept(
      InterventionKind kind,
      Map<String, Object> details,
      BigDecimal loanMaximum,
      List<FieldViolation> violations) {
    Map<String, Object> d = details == null ? Map.of() : details;
    JsonObjectBuilder json = JSON.createObjectBuilder();
    int before = violations.size();
    switch (kind) {
      case RELIEF_LOAN -> {
        BigDecimal amount = number(d, "amount", violations);
        if (amount != null
            && (amount.signum() <= 0 || amount.compareTo(loanMaximum) > 0 || amount.scale() > 2)) {
          violations.add(
              new FieldViolation(
                  "details.amount",
                  "must be more than 0 and at most the policy maximum of "
                      + loanMaximum.toPlainString()
                      + ", in yuan and fen"));
        }
        BigDecimal months = number(d, "months", violations);
        if (months != null
            && (months.stripTrailingZeros().scale() > 0
                || months.compareTo(BigDecimal.ONE) < 0
                || months.compareTo(BigDecimal.valueOf(60)) > 0)) {
          violations.add(
              new FieldViolation("details.months", "must be a whole number from 1 to 60"));
        }
        if (amount != null && months != null) {
          json.add("amount", amount).add("months", months.intValue()).add("interestFree", true);
        }
      }
      case WORKLOAD_REBALANCING -> {
        Object moves = d.get("moves");
        if (!(moves instanceof List<?> list) || list.isEmpty() || list.size() > MAX_MOVES) {
          violations.add(
              new FieldViolation(
                  "details.moves", "list 1 to " + MAX_MOVES + " moves as {\"work\", \"to\"}"));
        } else {
          JsonArrayBuilder array = JSON.createArrayBuilder();
          for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> move
                && move.get("work") instanceof String work
                && move.get("to") instanceof String to
                && !work.isBlank()
                && !to.isBlank()) {
              array.add(JSON.createObjectBuilder().add("work", work.strip()).add("to", to.strip()));
            } else {
              violations.add(
                  new FieldViolation("details.moves[" + i + "]", "needs \"work\" and \"to\""));
            }
          }
          json.add("moves", array);
        }
      }
      case SUPPLEMENTARY_AGREEMENT -> {
        text(d, "title", true, json, violations);
        text(d, "terms", true, json, violations);
        text(d, "signedAttachmentId", false, json, violations);
      }
      case SUCCESSOR_SHADOWING -> {
        text(d, "successor", true, json, violations);
        text(d, "plan", true, json, violations);
      }
      case KPI_WEIGHT_CHANGE -> {
        text(d, "metric", true, json, violations);
        BigDecimal old = percent(d, "oldWeight", violations);
        BigDecimal next = percent(d, "newWeight", violations);
        if (old != null && next != null) {
          json.add("oldWeight", old).add("newWeight", next);
        }
      }
      case CUSTOMER_TRANSITION -> {
        text(d, "customers", true, json, violations);
        text(d, "plan", true, json, violations);
      }
    }
    for (String key : d.keySet()) {
      if (!known(kind).contains(key)) {
        violations.add(new FieldViolation("details." + key, "is not a detail of " + kind));
      }
    }
    return violations.size() == before ? json.build().toString() : null;
  }

  private static List<String> known(InterventionKind kind) {
    return switch (kind) {
      case RELIEF_LOAN -> List.of("amount", "months");
      case WORKLOAD_REBALANCING -> List.of("moves");
      case SUPPLEMENTARY_AGREEMENT -> List.of("title", "terms", "signedAttachmentId");
      case SUCCESSOR_SHADOWING -> List.of("successor", "plan");
      case CUSTOMER_TRANSITION -> List.of("customers", "plan");
      case KPI_WEIGHT_CHANGE -> List.of("metric", "oldWeight", "newWeight");
    };
  }

  public static JsonObject parse(String details) {
    try (var reader = JSON.createReader(new StringReader(details))) {
      return reader.readObject();
    }
  }

  /** The loan amount of stored relief-loan details. */
  public static BigDecimal loanAmount(String details) {
    return parse(details).getJsonNumber("amount").bigDecimalValue();
  }

  public static int loanMonths(String details) {
    return parse(details).getInt("months");
  }

  private static void text(
      Map<String, Object> d,
      String name,
      boolean required,
      JsonObjectBuilder json,
      List<FieldViolation> violations) {
    Object value = d.get(name);
    if (value == null || (value instanceof String s && s.isBlank())) {
      if (required) {
        violations.add(new FieldViolation("details." + name, "is required"));
      }
      return;
    }
    if (!(value instanceof String s) || s.length() > MAX_TEXT) {
      violations.add(
          new FieldViolation(
              "details." + name, "must be text of at most " + MAX_TEXT + " characters"));
      return;
    }
    json.add(name, s.strip());
  }

  private static BigDecimal number(Map<String, Object> d, String name, List<FieldViolation> v) {
    Object value = d.get(name);
    if (value instanceof BigDecimal b) {
      return b;
    }
    if (value instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    v.add(
        new FieldViolation("details." + name, value == null ? "is required" : "must be a number"));
    return null;
  }

  private static BigDecimal percent(Map<String, Object> d, String name, List<FieldViolation> v) {
    BigDecimal p = number(d, name, v);
    if (p != null && (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0)) {
      v.add(new FieldViolation("details." + name, "must be a percentage from 0 to 100"));
      return null;
    }
    return p;
  }
}
