package io.linchpin.monitoring.application.internal;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * An alert's stored evidence in words a person can check: the months and values looked at, their
 * usual, the change or factor, and the threshold; for external events the records' kinds and dates.
 */
final class EvidenceWords {

  private EvidenceWords() {}

  static String of(String evidenceJson) {
    String words = found(evidenceJson);
    String condition = condition(evidenceJson);
    return condition == null ? words : words + "; and the condition " + condition + " held";
  }

  private static String condition(String evidenceJson) {
    if (evidenceJson == null) {
      return null;
    }
    try (JsonReader reader = Json.createReader(new StringReader(evidenceJson))) {
      return reader.readObject().getString("condition", null);
    }
  }

  private static String found(String evidenceJson) {
    if (evidenceJson == null) {
      return "the evidence is no longer readable";
    }
    JsonObject root;
    try (JsonReader reader = Json.createReader(new StringReader(evidenceJson))) {
      root = reader.readObject();
    }
    JsonObject e = root.getJsonObject("evidence");
    if (e == null) {
      return "no evidence kept";
    }
    if (e.containsKey("records")) {
      List<String> records = new ArrayList<>();
      for (JsonValue v : e.getJsonArray("records")) {
        JsonObject r = v.asJsonObject();
        records.add(
            r.getString("kind", "?")
                + " ("
                + r.getString("category", "?")
                + ") of "
                + r.getString("occurredOn", "?"));
      }
      return "external records " + String.join("; ", records);
    }
    if (e.containsKey("factor")) {
      return e.getString("series", "?")
          + " "
          + number(e, "value")
          + " against your usual "
          + number(e, "baseline")
          + " ("
          + points(e, "baselinePoints")
          + "): "
          + number(e, "factor")
          + "× your usual, threshold "
          + number(e, "threshold")
          + "×";
    }
    if (e.containsKey("limit")) {
      return e.getString("series", "?")
          + " "
          + points(e, "points")
          + ", each above the limit "
          + number(e, "limit");
    }
    if (e.containsKey("change")) {
      return change(e) + ", threshold " + percent(e, "threshold");
    }
    List<String> parts = new ArrayList<>();
    for (String key : e.keySet()) {
      if (e.get(key).getValueType() == JsonValue.ValueType.OBJECT) {
        parts.add(change(e.getJsonObject(key)));
      }
    }
    return String.join("; ", parts) + "; both at or below " + percent(e, "threshold");
  }

  private static String change(JsonObject e) {
    return e.getString("series", "?")
        + " "
        + points(e, "window")
        + ": mean "
        + number(e, "current")
        + " against your usual "
        + number(e, "baseline")
        + " ("
        + points(e, "baselinePoints")
        + "), a change of "
        + percent(e, "change");
  }

  private static String points(JsonObject e, String key) {
    if (!e.containsKey(key) || e.get(key).getValueType() != JsonValue.ValueType.ARRAY) {
      return "";
    }
    List<String> list = new ArrayList<>();
    for (JsonValue v : e.getJsonArray(key)) {
      JsonObject p = v.asJsonObject();
      list.add(p.getString("month", "?") + " " + number(p, "value"));
    }
    return String.join(", ", list);
  }

  private static String number(JsonObject e, String key) {
    JsonValue v = e.get(key);
    if (v instanceof JsonNumber n) {
      return n.bigDecimalValue().stripTrailingZeros().toPlainString();
    }
    return "?";
  }

  private static String percent(JsonObject e, String key) {
    JsonValue v = e.get(key);
    if (v instanceof JsonNumber n) {
      BigDecimal p = n.bigDecimalValue().movePointRight(2).setScale(0, RoundingMode.HALF_UP);
      return (p.signum() > 0 ? "+" : "") + p.toPlainString() + "%";
    }
    return "?";
  }
}
