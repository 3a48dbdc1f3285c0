package io.linchpin.monitoring.application.internal;

import io.linchpin.monitoring.domain.Detection;
import io.linchpin.monitoring.domain.DetectorVersion;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A detection's evidence as the JSON an alert keeps: the data points, baseline and threshold. */
final class EvidenceJson {

  private EvidenceJson() {}

  static String of(DetectorVersion detector, Detection d) {
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("detector", detector.getKey())
            .add("version", detector.getVersionNo())
            .add("type", detector.rule().type().name())
            .add("from", d.from().toString())
            .add("to", d.to().toString());
    if (detector.getCondition() != null) {
      o.add("condition", detector.getCondition());
    }
    o.add("evidence", value(d.evidence()));
    return o.build().toString();
  }

  private static JsonValue value(Object v) {
    if (v == null) {
      return JsonValue.NULL;
    }
    if (v instanceof Map<?, ?> m) {
      JsonObjectBuilder o = Json.createObjectBuilder();
      m.forEach((k, x) -> o.add(String.valueOf(k), value(x)));
      return o.build();
    }
    if (v instanceof List<?> l) {
      JsonArrayBuilder a = Json.createArrayBuilder();
      l.forEach(x -> a.add(value(x)));
      return a.build();
    }
    if (v instanceof BigDecimal b) {
      return Json.createValue(b);
    }
    if (v instanceof Integer i) {
      return Json.createValue(i);
    }
    return Json.createValue(v.toString());
  }
}
