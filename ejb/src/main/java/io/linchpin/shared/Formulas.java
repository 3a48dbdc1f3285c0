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

  /** A formula that could not be computed, with the reason in words. */
  class FormulaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FormulaException(String message) {
      super(message);
    }
  }
}
