package io.linchpin.corerole.domain.module;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** A record's values in their stored form (JSON) and as formulas and views see them. */
public final class RecordValues {

  /** Looked up once: finding the JSON provider on every call costs more than the parsing. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private RecordValues() {}

  static JsonProvider json() {
    return JSON;
  }

  public static String toJson(Map<String, Object> values) {
    JsonObjectBuilder o = JSON.createObjectBuilder();
    values.forEach(
        (k, v) -> {
          if (v instanceof Double d) {
            o.add(k, d);
          } else if (v instanceof Boolean b) {
            o.add(k, b);
          } else if (v != null) {
            o.add(k, v.toString());
          }
        });
    return o.build().toString();
  }

  /** Numbers as {@code Double}, yes/no as {@code Boolean}, the rest as text. */
  public static Map<String, Object> fromJson(String json) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (json == null) {
      return values;
    }
    JsonObject o;
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      o = reader.readObject();
    }
    o.forEach(
        (k, v) -> {
          if (v instanceof JsonNumber n) {
            values.put(k, n.doubleValue());
          } else if (v instanceof JsonString s) {
            values.put(k, s.getString());
          } else if (v.getValueType() == JsonValue.ValueType.TRUE) {
            values.put(k, true);
          } else if (v.getValueType() == JsonValue.ValueType.FALSE) {
            values.put(k, false);
          }
        });
    return values;
  }
}
