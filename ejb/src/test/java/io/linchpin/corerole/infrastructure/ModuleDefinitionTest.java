package io.linchpin.corerole.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linchpin.corerole.domain.module.ModuleDefinition;
import io.linchpin.shared.FieldViolation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Module definitions are checked field by field, formulas included, before they are kept. */
class ModuleDefinitionTest {

  private final CelFormulas formulas = new CelFormulas();

  @ParameterizedTest
  @ValueSource(strings = {"sales-customers", "rnd-knowledge", "project-management"})
  void everyShippedTemplateIsValid(String key) throws Exception {
    List<FieldViolation> problems = new ArrayList<>();
    ModuleDefinition d = ModuleDefinition.parse(template(key), formulas, problems);
    assertTrue(problems.isEmpty(), problems.toString());
    assertEquals(key, d.key());
    List<FieldViolation> again = new ArrayList<>();
    assertEquals(d, ModuleDefinition.parse(d.toJson(), formulas, again), "stored form reads back");
  }

  @Test
  void theSalesTemplateComputesTheBriefsSecondCase() throws Exception {
    ModuleDefinition d =
        ModuleDefinition.parse(template("sales-customers"), formulas, new ArrayList<>());
    List<Map<String, Object>> customers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("customer", "客户" + i);
      c.put("since", i < 12 ? "2018-06-01" : "2024-06-01");
      c.put("annualRevenue", 500_000.0);
      c.put("successorCoverage", i < 4 ? "PARTIAL" : "NONE");
      customers.add(c);
    }
    Map<String, Object> values = new HashMap<>();
    values.put("customers", customers);
    values.put("today", "2026-12-01");
    for (int i = 0; i < d.metrics().size(); i++) {
      ModuleDefinition.Metric m = d.metrics().get(i);
      values.put(m.key(), formulas.evaluate(m.formula(), d.variables(i), values));
    }
    assertEquals(10_000_000.0, values.get("book"));
    assertEquals(12L, values.get("longStanding"));
    assertEquals(60.0, values.get("longStandingShare"));
    assertEquals(16 * 500_000.0, values.get("uncoveredRevenue"));
    assertEquals(
        true, formulas.evaluate(d.rules().get(0).when(), d.variables(d.metrics().size()), values));
  }

  @Test
  void everyProblemIsNamedByItsPath() {
    JsonObject bad =
        json(
            """
            {"key": "Bad Key", "collections": [
               {"key": "customers", "fields": [
                  {"key": "since", "type": "WHEN"},
                  {"key": "since", "type": "DATE"},
                  {"key": "tier", "type": "CHOICE"}]},
               {"key": "today", "fields": []}],
             "metrics": [
               {"key": "book", "formula": "sum(customers.map(c, c.annualRevnue))"},
               {"key": "customers", "formula": "1"},
               {"key": "broken", "formula": "sum(customers"}],
             "rules": [{"key": "r", "label": "R", "when": "1 + 1"}]}
            """);
    List<FieldViolation> problems = new ArrayList<>();
    assertNull(ModuleDefinition.parse(bad, formulas, problems));
    Set<String> fields = new TreeSet<>();
    problems.forEach(p -> fields.add(p.field()));
    assertEquals(
        new TreeSet<>(
            List.of(
                "key",
                "name",
                "collections[0].fields[0].type",
                "collections[0].fields[1].key",
                "collections[0].fields[2].choices",
                "collections[1].key",
                "collections[1].fields",
                "metrics[1].key")),
        fields,
        problems.toString());

    JsonObject formulasWrong =
        json(
            """
            {"key": "sales", "name": "销售", "collections": [
               {"key": "customers", "fields": [{"key": "annualRevenue", "type": "MONEY"}]}],
             "metrics": [
               {"key": "book", "formula": "sum(customers.map(c, c.annualRevnue))"},
               {"key": "broken", "formula": "sum(customers"},
               {"key": "later", "formula": "sooner * 2.0"},
               {"key": "sooner", "formula": "1.0"}],
             "rules": [{"key": "r", "label": "R", "when": "book + 1.0"}]}
            """);
    List<FieldViolation> formulaProblems = new ArrayList<>();
    assertNull(ModuleDefinition.parse(formulasWrong, formulas, formulaProblems));
    Map<String, String> byField = new HashMap<>();
    formulaProblems.forEach(p -> byField.put(p.field(), p.message()));
    assertEquals(
        Set.of("metrics[0].formula", "metrics[1].formula", "metrics[2].formula", "rules[0].when"),
        byField.keySet(),
        formulaProblems.toString());
    assertTrue(byField.get("metrics[0].formula").contains("annualRevnue"), byField.toString());
    assertTrue(byField.get("metrics[2].formula").contains("sooner"), byField.toString());
  }

  @Test
  void recordsAreCheckedAgainstTheirFields() throws Exception {
    ModuleDefinition d =
        ModuleDefinition.parse(template("sales-customers"), formulas, new ArrayList<>());
    ModuleDefinition.Collection customers = d.collection("customers").orElseThrow();
    List<FieldViolation> problems = new ArrayList<>();
    Map<String, Object> ok =
        customers.accept(
            json(
                "{\"customer\": \"华东电气\", \"since\": \"2019-04-01\", \"annualRevenue\": \"3000000\","
                    + " \"successorCoverage\": \"PARTIAL\", \"share\": 12.5}"),
            "values.",
            problems);
    assertTrue(problems.isEmpty(), problems.toString());
    assertEquals(3_000_000.0, ok.get("annualRevenue"));
    customers.accept(
        json(
            "{\"since\": \"yesterday\", \"annualRevenue\": -5, \"successorCoverage\": \"SOME\","
                + " \"share\": 120, \"colour\": \"red\"}"),
        "values.",
        problems);
    Set<String> fields = new TreeSet<>();
    problems.forEach(p -> fields.add(p.field()));
    assertEquals(
        new TreeSet<>(
            List.of(
                "values.customer",
                "values.since",
                "values.annualRevenue",
                "values.successorCoverage",
                "values.share",
                "values.colour")),
        fields);
  }

  static JsonObject template(String key) throws Exception {
    try (InputStream in =
            ModuleDefinitionTest.class.getResourceAsStream("/modules/" + key + ".json");
        JsonReader reader = Json.createReader(in)) {
      assertNotNull(in, key);
      return reader.readObject();
    }
  }

  private static JsonObject json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
