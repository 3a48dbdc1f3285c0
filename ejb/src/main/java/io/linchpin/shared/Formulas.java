package io.linchpin.shared;

import java.util.List;
import java.util.Map;

/**
 * The sandboxed expression language (CEL) of module formulas and detector conditions. A formula
 * sees only the variables it is given — the module's collections as lists of records, the metrics
 * computed before it and {@code today} — and a few functions; it cannot reach Java classes, files
 * or the network, and an evaluation that runs away is stopped.
 *
 * <p>Functions beyond CEL's own: {@code sum(list)}, {@code avg(list)} (numbers, missing values
 * ignored), {@code yearsBetween(from, to)}, {@code monthsBetween(from, to)} (dates as {@code
 * "2024-03-05"}).
 */
public interface Formulas {

  /** The name under which formulas see the date of the evaluation, as {@code "2026-12-01"}. */
  String TODAY = "today";

  /** What a variable holds. */
  enum Kind {
    /** A collection: a list of records, each a map from field key to value. */
    RECORDS,
    /** A number, a text, a yes/no or nothing: an earlier metric. */
    VALUE
  }

  /** Why the formula would not compile over these variables; empty when it does. */
  List<String> problems(String formula, Map<String, Kind> variables);

  /**
   * The formula's value: a {@code Double}, {@code Long}, {@code String}, {@code Boolean} or list.
   *
   * @throws FormulaException when it does not compile, fails or runs away
   */
  Object evaluate(String formula, Map<String, Kind> variables, Map<String, Object> values);

  /**
   * The same, with the steps and time spent also taken from a budget that several evaluations
   * share: one request evaluates many formulas, and the request as a whole is bounded, not only
   * each formula.
   *
   * @throws FormulaException also when the budget is spent
   */
  Object evaluate(
      String formula, Map<String, Kind> variables, Map<String, Object> values, Budget budget);

  /**
   * The steps and time all evaluations of one request may take together. Not thread-safe: one per
   * request.
   */
  final class Budget {

    /** What one request may spend on formulas: twice what a single formula may. */
    public static final long REQUEST_STEPS = 4_000_000;

    public static final long REQUEST_MILLIS = 4_000;

    private final long maxSteps;
    private final long millis;
    private final long deadline;
    private long steps;

    private Budget(long maxSteps, long millis) {
      this.maxSteps = maxSteps;
      this.millis = millis;
      this.deadline = System.nanoTime() + millis * 1_000_000;
    }

    /** The budget of one request, starting now. */
    public static Budget perRequest() {
      return new Budget(REQUEST_STEPS, REQUEST_MILLIS);
    }

    /** A budget of the given size, starting now. */
    public static Budget of(long steps, long millis) {
      return new Budget(steps, millis);
    }

    /** Takes one step; refused when the budget is spent. */
    public void step() {
      steps++;
      if (steps > maxSteps) {
        throw new BudgetSpent(
            "not computed: the formulas of this request used up their " + maxSteps + " steps");
      }
      if ((steps & 1023) == 0 && System.nanoTime() > deadline) {
        throw new BudgetSpent(
            "not computed: the formulas of this request used up their " + millis + " ms");
      }
    }

    /** Refused before a formula starts once the budget is spent. */
    public void check() {
      if (steps > maxSteps || System.nanoTime() > deadline) {
        throw new BudgetSpent(
            "not computed: the formulas of this request used up their budget ("
                + maxSteps
                + " steps, "
                + millis
                + " ms)");
      }
    }
  }

  /** A formula that was not computed because the request's budget was spent. */
  final class BudgetSpent extends FormulaException {
    private static final long serialVersionUID = 1L;

    public BudgetSpent(String message) {
      super(message);
    }
  }

  /** A formula that could not be computed, with the reason in words. */
  class FormulaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FormulaException(String message) {
      super(message);
    }
  }
}
