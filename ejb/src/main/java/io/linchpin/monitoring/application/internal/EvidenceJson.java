package io.linchpin.monitoring.application.internal;

import io.linchpin.monitoring.domain.Detection;
import io.linchpin.monitoring.domain.DetectorVersion;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A detection's evidence as the JSON an alert keeps: the data points, baseline and threshold. */
final class EvidenceJson {

  /**
   * Looked up once: each static {@code Json.create…} call looks the provider up again, which cost a
   * scan more than building the evidence.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  private EvidenceJson() {}

  static String of(DetectorVersion detector, Detection d) {
    JsonObjectBuilder o =
        JSON.createObjectBuilder()
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
      JsonObjectBuilder o = JSON.createObjectBuilder();
      m.forEach((k, x) -> o.add(String.valueOf(k), value(x)));
      return o.build();
    }
    if (v instanceof List<?> l) {
      JsonArrayBuilder a = JSON.createArrayBuilder();
      l.forEach(x -> a.add(value(x)));
      return a.build();
    }
    if (v instanceof BigDecimal b) {
      return JSON.createValue(b);
    }
    if (v instanceof Integer i) {
      return JSON.createValue(i);
    }
    return JSON.createValue(v.toString());
  }
}
