package io.linchpin.casework.application.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON-P values as plain Java values (maps, lists, strings, decimals, booleans) for views. */
final class JsonValues {

  private JsonValues() {}

  static Map<String, Object> toMap(JsonObject object) {
    Map<String, Object> map = new LinkedHashMap<>();
    object.forEach((k, v) -> map.put(k, plain(v)));
    return map;
  }

  private static Object plain(JsonValue v) {
    return switch (v.getValueType()) {
      case OBJECT -> toMap((JsonObject) v);
      case ARRAY -> ((JsonArray) v).stream().map(JsonValues::plain).toList();
      case STRING -> ((JsonString) v).getString();
      case NUMBER -> ((JsonNumber) v).bigDecimalValue();
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
    };
  }
}
