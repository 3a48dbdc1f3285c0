package io.linchpin.corerole.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linchpin.shared.Formulas;
import io.linchpin.shared.Formulas.FormulaException;
import io.linchpin.shared.Formulas.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a module formula can and cannot do. */
class CelFormulasTest {

  private final CelFormulas cel = new CelFormulas();
  private final Map<String, Kind> vars = Map.of("customers", Kind.RECORDS, "book", Kind.VALUE);
  private final List<Map<String, Object>> customers =
      List.of(
          Map.of("customer", "甲", "since", "2018-03-01", "annualRevenue", 3_000_000.0),
          Map.of("customer", "乙", "since", "2024-06-01", "annualRevenue", 1_000_000.0),
          Map.of("customer", "丙", "since", "2019-11-15"));

  private Object eval(String formula) {
    return cel.evaluate(
        formula, vars, Map.of("customers", customers, "book", 4_000_000.0, "today", "2026-12-01"));
  }

  @Test
  void formulasComputeOverTheModulesRecords() {
    assertEquals(
        4_000_000.0, eval("sum(customers.map(c, has(c.annualRevenue) ? c.annualRevenue : 0.0))"));
    assertEquals(2L, eval("customers.filter(c, yearsBetween(c.since, today) >= 5).size()"));
    assertEquals(
        0.75, eval("sum(customers.filter(c, c.customer == '甲').map(c, c.annualRevenue)) / book"));
    assertEquals(true, eval("customers.exists(c, monthsBetween(c.since, today) < 36)"));
    assertEquals(
        2_000_000.0, eval("avg(customers.map(c, has(c.annualRevenue) ? c.annualRevenue : null))"));
  }

  @Test
  void mistakesAreNamedBeforeAnythingRuns() {
    assertFalse(cel.problems("sum(customers.map(c, c.annualRevenue)", vars).isEmpty());
    assertTrue(
        cel.problems("sum(suppliers.map(s, s.x))", vars).get(0).contains("suppliers"),
        cel.problems("sum(suppliers.map(s, s.x))", vars).toString());
    assertEquals(List.of("is required"), cel.problems(" ", vars));
    assertFalse(cel.problems("x".repeat(CelFormulas.MAX_LENGTH + 1), vars).isEmpty());
    FormulaException missing =
        assertThrows(FormulaException.class, () -> eval("customers[2].annualRevenue * 2.0"));
    assertTrue(missing.getMessage().contains("annualRevenue"), missing.getMessage());
    assertThrows(FormulaException.class, () -> eval("yearsBetween('someday', today)"));
  }

  @Test
  void aFormulaCannotReachJavaFilesOrTheNetwork() {
    for (String escape :
        List.of(
            "java.lang.Runtime.getRuntime().exec('id')",
            "T(java.lang.System).exit(0)",
            "Class.forName('java.io.File')",
            "new java.io.File('/etc/passwd')",
            "import('java.net.URL')",
            "getClass()",
            "''.getClass().getName()",
            "customers.getClass()",
            "file('/etc/passwd')",
            "http('http://127.0.0.1/')")) {
      assertFalse(cel.problems(escape, vars).isEmpty(), escape + " must not compile");
    }
  }

  @Test
  void runawayFormulasStop() {
    List<Map<String, Object>> many = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      many.add(Map.of("n", (double) i));
    }
    Map<String, Object> values = Map.of("customers", many, "book", 0.0, "today", "2026-12-01");
    FormulaException nested =
        assertThrows(
            FormulaException.class,
            () ->
                cel.evaluate(
                    "customers.map(a, customers.map(b, customers.map(c, a.n + b.n + c.n)))",
                    vars,
                    values));
    assertTrue(nested.getMessage().contains("stopped"), nested.getMessage());
    List<Map<String, Object>> tooMany = new ArrayList<>();
    for (int i = 0; i < CelFormulas.MAX_ITERATIONS + 1; i++) {
      tooMany.add(Map.of("n", 1.0));
    }
    assertThrows(
        FormulaException.class,
        () ->
            cel.evaluate(
                "sum(customers.map(c, c.n))",
                vars,
                Map.of("customers", tooMany, "book", 0.0, "today", "2026-12-01")));
  }

  @Test
  void theFormulasOfOneRequestShareABudget() {
    List<Map<String, Object>> many = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      many.add(Map.of("n", (double) i));
    }
    Map<String, Object> values = Map.of("customers", many, "book", 0.0, "today", "2026-12-01");
    // Each formula stays far below its own limit; together they are beyond the request's.
    String heavy = "sum(customers.map(a, sum(customers.map(b, a.n + b.n))))";
    Formulas.Budget budget = Formulas.Budget.of(CelFormulas.MAX_STEPS / 4, 60_000);
    int computed = 0;
    FormulaException spent = null;
    for (int i = 0; i < 100 && spent == null; i++) {
      try {
        assertTrue(cel.evaluate(heavy, vars, values, budget) instanceof Double);
        computed++;
      } catch (FormulaException e) {
        spent = e;
      }
    }
    assertTrue(computed >= 1, "a formula within the budget is computed: " + spent);
    assertTrue(spent instanceof Formulas.BudgetSpent, String.valueOf(spent));
    assertTrue(spent.getMessage().contains("this request"), spent.getMessage());
    FormulaException after =
        assertThrows(FormulaException.class, () -> cel.evaluate("1 + 1", vars, values, budget));
    assertTrue(after instanceof Formulas.BudgetSpent, "nothing more runs once it is spent");
    assertEquals(2L, cel.evaluate("1 + 1", vars, values), "without a budget, each on its own");
  }

  @Test
  void aDetectorConditionSeesTheNumbersOfWhatTheDetectorFound() {
    var variables = io.linchpin.monitoring.domain.DetectorCondition.VARIABLES;
    assertEquals(List.of(), cel.problems("change >= 0.3 && current >= 5", variables));
    assertEquals(
        Boolean.TRUE,
        cel.evaluate(
            "change >= 0.3 && current >= 5",
            variables,
            Map.of("change", 0.4, "current", 7.0, "criticality", 0.0)));
    assertEquals(
        Boolean.FALSE, cel.evaluate("criticality >= 60", variables, Map.of("criticality", 0.0)));
    assertFalse(cel.problems("salary > 1", variables).isEmpty(), "only the declared names");
    Object missing;
    try {
      missing = cel.evaluate("factor > 2.0", variables, Map.of("change", 0.4));
    } catch (FormulaException e) {
      missing = e;
    }
    assertFalse(Boolean.TRUE.equals(missing), "a variable the type does not produce never holds");
  }
}
