package io.linchpin.casework.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.linchpin.shared.FieldViolation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StepFormTest {

  private final StepForm legal = Playbooks.form("legalAssessment");

  @Test
  void acceptedValuesComeBackAsTextInFormOrder() {
    List<FieldViolation> violations = new ArrayList<>();
    Map<String, String> accepted =
        legal.accept(
            Map.of(
                "assessment",
                "  构成骚扰  ",
                "legalRisk",
                "HIGH",
                "companyDataAtRisk",
                false,
                "harassment",
                true),
            violations);
    assertEquals(List.of(), violations);
    assertEquals(
        List.of("harassment", "companyDataAtRisk", "legalRisk", "assessment"),
        List.copyOf(accepted.keySet()));
    assertEquals("yes", accepted.get("harassment"));
    assertEquals("no", accepted.get("companyDataAtRisk"));
    assertEquals("构成骚扰", accepted.get("assessment"));
  }

  @Test
  void everyMistakeIsReportedByItsField() {
    Map<String, Object> values = new HashMap<>();
    values.put("harassment", "maybe");
    values.put("legalRisk", "EXTREME");
    values.put("assessment", "x".repeat(FormField.MAX_TEXT + 1));
    values.put("sneaky", new BigDecimal("1"));
    List<FieldViolation> violations = new ArrayList<>();
    legal.accept(values, violations);
    assertEquals(
        Map.of(
            "values.harassment", "must be true or false",
            "values.companyDataAtRisk", "is required",
            "values.legalRisk", "must be one of LOW, MEDIUM, HIGH",
            "values.assessment", "must be at most 4000 characters",
            "values.sneaky", "is not a field of this step"),
        toMap(violations));
  }

  @Test
  void aStepWithoutItsOwnFormTakesAnOptionalComment() {
    List<FieldViolation> violations = new ArrayList<>();
    assertEquals(Map.of(), Playbooks.form("newStep").accept(null, violations));
    assertEquals(List.of(), violations);
  }

  private static Map<String, String> toMap(List<FieldViolation> violations) {
    Map<String, String> map = new HashMap<>();
    violations.forEach(v -> map.put(v.field(), v.message()));
    return map;
  }
}
