package io.linchpin.corerole.infrastructure;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOptions;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntime;
import io.linchpin.shared.Formulas;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Module formulas in CEL (Common Expression Language): no statements, no loops beyond the bounded
 * list macros, no access to Java types, files or the network — only the variables and functions
 * declared here. Each comprehension stops after {@value #MAX_ITERATIONS} iterations, and an
 * evaluation after {@value #MAX_STEPS} steps or {@value #MAX_MILLIS} ms; the evaluations of one
 * request also share a {@link Formulas.Budget}. Compiled programs are kept per formula and variable
 * set.
 */
@ApplicationScoped
public class CelFormulas implements Formulas {

  static final int MAX_LENGTH = 2000;
  static final int MAX_ITERATIONS = 20_000;
  static final long MAX_STEPS = 2_000_000;
  static final long MAX_MILLIS = 2_000;
  private static final int MAX_CACHED = 2048;

  private final Map<String, Cel> environments = new ConcurrentHashMap<>();
  private final Map<String, CelRuntime.Program> programs = new ConcurrentHashMap<>();

  @Override
  public List<String> problems(String formula, Map<String, Kind> variables) {
    if (formula == null || formula.isBlank()) {
      return List.of("is required");
    }
    if (formula.length() > MAX_LENGTH) {
      return List.of("must be at most " + MAX_LENGTH + " characters");
    }
    CelValidationResult result = environment(variables).compile(formula);
    if (!result.hasError()) {
      return List.of();
    }
    List<String> problems = new ArrayList<>();
    result.getErrors().forEach(e -> problems.add(e.getMessage()));
    return problems;
  }

  @Override
  public Object evaluate(String formula, Map<String, Kind> variables, Map<String, Object> values) {
    return evaluate(formula, variables, values, null);
  }

  @Override
  public Object evaluate(
      String formula, Map<String, Kind> variables, Map<String, Object> values, Budget budget) {
    if (budget != null) {
      budget.check();
    }
    CelRuntime.Program program = program(formula, variables);
    Guard guard = new Guard(budget);
    try {
      return plain(program.trace(values, (expr, result) -> guard.step()));
    } catch (CelEvaluationException e) {
      throw stopped(e).orElseGet(() -> new FormulaException(reason(e)));
    } catch (RuntimeException e) {
      throw stopped(e)
          .orElseGet(() -> new FormulaException("could not be computed: " + e.getMessage()));
    }
  }

  /** The runaway or spent budget behind a failure, if that is what stopped it. */
  private static Optional<FormulaException> stopped(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BudgetSpent spent) {
        return Optional.of(new BudgetSpent(spent.getMessage()));
      }
      if (t instanceof RunawayException runaway) {
        return Optional.of(new FormulaException(runaway.getMessage()));
      }
    }
    return Optional.empty();
  }

  private CelRuntime.Program program(String formula, Map<String, Kind> variables) {
    List<String> problems = problems(formula, variables);
    if (!problems.isEmpty()) {
      throw new FormulaException(String.join("; ", problems));
    }
    String key = signature(variables) + '\u0000' + formula;
    CelRuntime.Program known = programs.get(key);
    if (known != null) {
      return known;
    }
    Cel cel = environment(variables);
    try {
      CelRuntime.Program program = cel.createProgram(cel.compile(formula).getAst());
      if (programs.size() > MAX_CACHED) {
        programs.clear();
      }
      programs.put(key, program);
      return program;
    } catch (CelValidationException | CelEvaluationException e) {
      throw new FormulaException(e.getMessage());
    }
  }

  private Cel environment(Map<String, Kind> variables) {
    String key = signature(variables);
    Cel known = environments.get(key);
    if (known != null) {
      return known;
    }
    var builder =
        CelFactory.standardCelBuilder()
            .setOptions(
                CelOptions.current()
                    .comprehensionMaxIterations(MAX_ITERATIONS)
                    .enableHeterogeneousNumericComparisons(true)
                    .maxParseRecursionDepth(64)
                    .build())
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addVar(TODAY, SimpleType.STRING)
            .addFunctionDeclarations(
                CelFunctionDecl.newFunctionDeclaration(
                    "sum",
                    CelOverloadDecl.newGlobalOverload(
                        "sum_list", SimpleType.DOUBLE, ListType.create(SimpleType.DYN))),
                CelFunctionDecl.newFunctionDeclaration(
                    "avg",
                    CelOverloadDecl.newGlobalOverload(
                        "avg_list", SimpleType.DOUBLE, ListType.create(SimpleType.DYN))),
                CelFunctionDecl.newFunctionDeclaration(
                    "yearsBetween",
                    CelOverloadDecl.newGlobalOverload(
                        "years_between", SimpleType.INT, SimpleType.STRING, SimpleType.STRING)),
                CelFunctionDecl.newFunctionDeclaration(
                    "monthsBetween",
                    CelOverloadDecl.newGlobalOverload(
                        "months_between", SimpleType.INT, SimpleType.STRING, SimpleType.STRING)))
            .addFunctionBindings(
                CelFunctionBinding.from("sum_list", List.class, list -> sum(list)),
                CelFunctionBinding.from(
                    "avg_list",
                    List.class,
                    list -> {
                      long n = list.stream().filter(v -> v instanceof Number).count();
                      return n == 0 ? 0.0 : sum(list) / n;
                    }),
                CelFunctionBinding.from(
                    "years_between",
                    String.class,
                    String.class,
                    (from, to) -> (long) Period.between(date(from), date(to)).getYears()),
                CelFunctionBinding.from(
                    "months_between",
                    String.class,
                    String.class,
                    (from, to) -> ChronoUnit.MONTHS.between(date(from), date(to))));
    variables.forEach(
        (name, kind) ->
            builder.addVar(
                name,
                kind == Kind.RECORDS
                    ? ListType.create(MapType.create(SimpleType.STRING, SimpleType.DYN))
                    : SimpleType.DYN));
    Cel cel = builder.build();
    if (environments.size() > MAX_CACHED) {
      environments.clear();
    }
    environments.put(key, cel);
    return cel;
  }

  private static String signature(Map<String, Kind> variables) {
    return new TreeMap<>(variables).toString();
  }

  private static double sum(List<?> list) {
    double sum = 0;
    for (Object v : list) {
      if (v instanceof Number n) {
        sum += n.doubleValue();
      }
    }
    return sum;
  }

  private static LocalDate date(String text) throws CelEvaluationException {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CelEvaluationException("not a date like 2024-03-05: " + text);
    }
  }

  private static Object plain(Object value) {
    if (value instanceof Integer i) {
      return i.longValue();
    }
    if (value instanceof com.google.protobuf.NullValue
        || value instanceof dev.cel.common.values.NullValue) {
      return null;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(v -> copy.add(plain(v)));
      return copy;
    }
    return value;
  }

  private static String reason(CelEvaluationException e) {
    String message = e.getMessage();
    if (message != null && message.contains("Iteration budget exceeded")) {
      return "stopped after " + MAX_ITERATIONS + " iterations";
    }
    return message == null
        ? "could not be computed"
        : message.replaceFirst("^evaluation error[^:]*: ", "");
  }

  /**
   * Stops an evaluation that takes too many steps or too long, or that spends its request's budget.
   */
  private static final class Guard {
    private final long deadline = System.nanoTime() + MAX_MILLIS * 1_000_000;
    private final Budget budget;
    private long steps;

    Guard(Budget budget) {
      this.budget = budget;
    }

    void step() {
      if (budget != null) {
        budget.step();
      }
      steps++;
      if (steps > MAX_STEPS) {
        throw new RunawayException("stopped after " + MAX_STEPS + " steps");
      }
      if ((steps & 1023) == 0 && System.nanoTime() > deadline) {
        throw new RunawayException("stopped after " + MAX_MILLIS + " ms");
      }
    }
  }

  private static final class RunawayException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RunawayException(String message) {
      super(message, null, false, false);
    }
  }
}
