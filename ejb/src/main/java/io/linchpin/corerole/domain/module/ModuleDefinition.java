package io.linchpin.corerole.domain.module;

import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.Formulas;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a module holds for a role family: record collections with typed fields, metrics computed by
 * formulas over them (each may use the metrics before it), and impact rules (conditions that flag a
 * person). Built only through {@link #parse}, which names every problem by its path, e.g. {@code
 * collections[0].fields[2].type} or {@code metrics[1].formula}.
 */
public record ModuleDefinition(
    String key,
    String name,
    String roleFamily,
    String description,
    List<Collection> collections,
    List<Metric> metrics,
    List<Rule> rules) {

  public static final int MAX_COLLECTIONS = 20;
  public static final int MAX_FIELDS = 50;
  public static final int MAX_METRICS = 50;
  public static final int MAX_RULES = 50;
  public static final int MAX_TEXT = 2000;

  private static final Pattern MODULE_KEY = Pattern.compile("[a-z][a-z0-9-]{1,47}");
  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9_]{0,39}");
  private static final Set<String> RESERVED =
      Set.of(
          Formulas.TODAY,
          "in",
          "as",
          "break",
          "const",
          "continue",
          "else",
          "for",
          "function",
          "if",
          "import",
          "let",
          "loop",
          "package",
          "namespace",
          "return",
          "var",
          "void",
          "while",
          "true",
          "false",
          "null",
          "has",
          "all",
          "exists",
          "exists_one",
          "map",
          "filter",
          "size",
          "sum",
          "avg",
          "yearsBetween",
          "monthsBetween",
          "int",
          "uint",
          "double",
          "string",
          "bytes",
          "bool",
          "list",
          "type",
          "dyn",
          "duration",
          "timestamp",
          "matches");

  /** A collection of records, e.g. the customers a salesperson holds. */
  public record Collection(String key, String label, List<Field> fields) {

    public Optional<Field> field(String key) {
      return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /**
     * A record's values checked against the fields: numbers as {@code Double}, dates as {@code
     * "2024-03-05"}, choices as one of theirs; fields not given stay out. Problems go to {@code
     * violations} under {@code prefix + field key}.
     */
    public Map<String, Object> accept(
        JsonObject values, String prefix, List<FieldViolation> violations) {
      Map<String, Object> accepted = new LinkedHashMap<>();
      if (values == null) {
        violations.add(new FieldViolation(prefix.isEmpty() ? "values" : prefix, "is required"));
        return accepted;
      }
      for (String k : values.keySet()) {
        if (field(k).isEmpty()) {
          violations.add(new FieldViolation(prefix + k, "is not a field of " + key));
        }
      }
      for (Field f : fields) {
        JsonValue v = values.get(f.key());
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
          if (f.required()) {
            violations.add(new FieldViolation(prefix + f.key(), "is required"));
          }
          continue;
        }
        Object value = f.accept(v);
        if (value == null) {
          violations.add(new FieldViolation(prefix + f.key(), f.expectation()));
        } else {
          accepted.put(f.key(), value);
        }
      }
      return accepted;
    }

    /** One made-up record with every field filled, to try formulas on. */
    Map<String, Object> sample() {
      Map<String, Object> sample = new LinkedHashMap<>();
      for (Field f : fields) {
        sample.put(
            f.key(),
            switch (f.type()) {
              case TEXT -> "text";
              case NUMBER, MONEY -> 1.0;
              case PERCENT -> 50.0;
              case DATE -> "2020-01-01";
              case BOOLEAN -> true;
              case CHOICE -> f.choices().get(0);
            });
      }
      return sample;
    }
  }

  /** A typed field of a collection. */
  public record Field(
      String key, String label, FieldType type, boolean required, List<String> choices) {

    /** The value in its stored form, or null when it does not fit the type. */
    Object accept(JsonValue v) {
      switch (type) {
        case TEXT -> {
          if (v instanceof JsonString s && s.getString().length() <= MAX_TEXT) {
            return s.getString();
          }
          return null;
        }
        case NUMBER, MONEY, PERCENT -> {
          BigDecimal n = number(v);
          if (n == null) {
            return null;
          }
          if (type == FieldType.PERCENT
              && (n.signum() < 0 || n.compareTo(BigDecimal.valueOf(100)) > 0)) {
            return null;
          }
          if (type == FieldType.MONEY && n.signum() < 0) {
            return null;
          }
          return n.doubleValue();
        }
        case DATE -> {
          if (v instanceof JsonString s) {
            try {
              return LocalDate.parse(s.getString().trim()).toString();
            } catch (DateTimeParseException e) {
              return null;
            }
          }
          return null;
        }
        case BOOLEAN -> {
          if (v.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
          }
          if (v.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
          }
          return null;
        }
        case CHOICE -> {
          if (v instanceof JsonString s && choices.contains(s.getString())) {
            return s.getString();
          }
          return null;
        }
        default -> throw new IllegalStateException(type.toString());
      }
    }

    String expectation() {
      return switch (type) {
        case TEXT -> "must be a text of at most " + MAX_TEXT + " characters";
        case NUMBER -> "must be a number";
        case MONEY -> "must be an amount of at least 0";
        case PERCENT -> "must be a percentage between 0 and 100";
        case DATE -> "must be a date like 2024-03-05";
        case BOOLEAN -> "must be true or false";
        case CHOICE -> "must be one of " + choices;
      };
    }

    private static BigDecimal number(JsonValue v) {
      if (v instanceof JsonNumber n) {
        return n.bigDecimalValue();
      }
      if (v instanceof JsonString s) {
        try {
          return new BigDecimal(s.getString().trim());
        } catch (NumberFormatException e) {
          return null;
        }
      }
      return null;
    }
  }

  /** A number (or text, yes/no) computed from the records. */
  public record Metric(String key, String label, String formula, String unit) {}

  /** A condition on the records and metrics that flags the person, e.g. a concentrated book. */
  public record Rule(String key, String label, String when) {}

  public Optional<Collection> collection(String key) {
    return collections.stream().filter(c -> c.key().equals(key)).findFirst();
  }

  /** The variables formulas see: every collection, and the metrics computed so far. */
  public Map<String, Formulas.Kind> variables(int metricsBefore) {
    Map<String, Formulas.Kind> vars = new LinkedHashMap<>();
    collections.forEach(c -> vars.put(c.key(), Formulas.Kind.RECORDS));
    for (int i = 0; i < metricsBefore && i < metrics.size(); i++) {
      vars.put(metrics.get(i).key(), Formulas.Kind.VALUE);
    }
    return vars;
  }

  /**
   * Checks a definition and builds it, or names every problem in {@code violations} (and returns
   * null). Formulas are compiled, then tried on a made-up record per collection so that a
   * misspelled field is found now rather than when someone's data is shown.
   */
  public static ModuleDefinition parse(
      JsonObject json, Formulas formulas, List<FieldViolation> violations) {
    if (json == null) {
      violations.add(new FieldViolation("body", "is required"));
      return null;
    }
    int before = violations.size();
    String key = text(json, "key", violations, true, 48);
    if (key != null && !MODULE_KEY.matcher(key).matches()) {
      violations.add(
          new FieldViolation(
              "key", "must be 2–48 lower-case letters, digits or '-', from a letter"));
    }
    String name = text(json, "name", violations, true, 200);
    String family = text(json, "roleFamily", violations, false, 100);
    String description = text(json, "description", violations, false, MAX_TEXT);
    Set<String> names = new HashSet<>();

    List<Collection> collections = new ArrayList<>();
    JsonArray cs = array(json, "collections", violations, true, MAX_COLLECTIONS);
    for (int i = 0; cs != null && i < cs.size(); i++) {
      String at = "collections[" + i + "]";
      JsonObject c = object(cs.get(i), at, violations);
      if (c == null) {
        continue;
      }
      String ck = identifier(c, at, names, violations);
      String label = text(c, "label", violations, at, false, 200);
      List<Field> fields = new ArrayList<>();
      Set<String> fieldKeys = new HashSet<>();
      JsonArray fs = array(c, at + ".fields", c.get("fields"), violations, true, MAX_FIELDS);
      for (int j = 0; fs != null && j < fs.size(); j++) {
        String fat = at + ".fields[" + j + "]";
        JsonObject f = object(fs.get(j), fat, violations);
        if (f == null) {
          continue;
        }
        String fk = identifier(f, fat, fieldKeys, violations);
        String flabel = text(f, "label", violations, fat, false, 200);
        FieldType type = null;
        String t = text(f, "type", violations, fat, true, 20);
        if (t != null) {
          try {
            type = FieldType.valueOf(t.trim().toUpperCase(java.util.Locale.ROOT));
          } catch (IllegalArgumentException e) {
            violations.add(
                new FieldViolation(
                    fat + ".type",
                    "must be one of " + java.util.Arrays.toString(FieldType.values())));
          }
        }
        List<String> choices = new ArrayList<>();
        JsonArray ch = array(f, fat + ".choices", f.get("choices"), violations, false, 100);
        if (ch != null) {
          for (int k = 0; k < ch.size(); k++) {
            if (ch.get(k) instanceof JsonString s
                && !s.getString().isBlank()
                && s.getString().length() <= 100
                && !choices.contains(s.getString())) {
              choices.add(s.getString());
            } else {
              violations.add(
                  new FieldViolation(fat + ".choices[" + k + "]", "must be a distinct short text"));
            }
          }
        }
        if (type == FieldType.CHOICE && choices.isEmpty()) {
          violations.add(new FieldViolation(fat + ".choices", "a choice field needs its choices"));
        }
        boolean required = f.getBoolean("required", false);
        if (fk != null && type != null) {
          fields.add(new Field(fk, flabel, type, required, List.copyOf(choices)));
        }
      }
      if (ck != null) {
        collections.add(new Collection(ck, label, List.copyOf(fields)));
      }
    }

    List<Metric> metrics = new ArrayList<>();
    JsonArray ms = array(json, "metrics", violations, false, MAX_METRICS);
    for (int i = 0; ms != null && i < ms.size(); i++) {
      String at = "metrics[" + i + "]";
      JsonObject m = object(ms.get(i), at, violations);
      if (m == null) {
        continue;
      }
      String mk = identifier(m, at, names, violations);
      String label = text(m, "label", violations, at, false, 200);
      String formula = text(m, "formula", violations, at, true, MAX_TEXT);
      String unit = text(m, "unit", violations, at, false, 20);
      if (mk != null && formula != null) {
        metrics.add(new Metric(mk, label, formula, unit));
      }
    }

    List<Rule> rules = new ArrayList<>();
    JsonArray rs = array(json, "rules", violations, false, MAX_RULES);
    Set<String> ruleKeys = new HashSet<>();
    for (int i = 0; rs != null && i < rs.size(); i++) {
      String at = "rules[" + i + "]";
      JsonObject r = object(rs.get(i), at, violations);
      if (r == null) {
        continue;
      }
      String rk = identifier(r, at, ruleKeys, violations);
      String label = text(r, "label", violations, at, true, 200);
      String when = text(r, "when", violations, at, true, MAX_TEXT);
      if (rk != null && label != null && when != null) {
        rules.add(new Rule(rk, label, when));
      }
    }
    if (violations.size() > before) {
      return null;
    }
    ModuleDefinition d =
        new ModuleDefinition(
            key,
            name,
            family,
            description,
            List.copyOf(collections),
            List.copyOf(metrics),
            List.copyOf(rules));
    d.tryFormulas(formulas, violations);
    return violations.size() > before ? null : d;
  }

  private void tryFormulas(Formulas formulas, List<FieldViolation> violations) {
    Map<String, Object> values = new LinkedHashMap<>();
    collections.forEach(c -> values.put(c.key(), List.of(c.sample())));
    values.put(Formulas.TODAY, LocalDate.now().toString());
    Formulas.Budget budget = Formulas.Budget.perRequest();
    for (int i = 0; i < metrics.size(); i++) {
      Metric m = metrics.get(i);
      String at = "metrics[" + i + "].formula";
      Map<String, Formulas.Kind> vars = variables(i);
      List<String> problems = formulas.problems(m.formula(), vars);
      if (!problems.isEmpty()) {
        violations.add(new FieldViolation(at, String.join("; ", problems)));
        values.put(m.key(), 1.0);
        continue;
      }
      try {
        values.put(m.key(), formulas.evaluate(m.formula(), vars, values, budget));
      } catch (Formulas.FormulaException e) {
        violations.add(new FieldViolation(at, "fails on a sample record: " + e.getMessage()));
        values.put(m.key(), 1.0);
      }
    }
    Map<String, Formulas.Kind> all = variables(metrics.size());
    for (int i = 0; i < rules.size(); i++) {
      String at = "rules[" + i + "].when";
      List<String> problems = formulas.problems(rules.get(i).when(), all);
      if (!problems.isEmpty()) {
        violations.add(new FieldViolation(at, String.join("; ", problems)));
        continue;
      }
      try {
        Object v = formulas.evaluate(rules.get(i).when(), all, values, budget);
        if (!(v instanceof Boolean)) {
          violations.add(new FieldViolation(at, "must be true or false, not " + v));
        }
      } catch (Formulas.FormulaException e) {
        violations.add(new FieldViolation(at, "fails on a sample record: " + e.getMessage()));
      }
    }
  }

  /** The definition as stored and served. */
  public JsonObject toJson() {
    JsonObjectBuilder o = Json.createObjectBuilder().add("key", key).add("name", name);
    optional(o, "roleFamily", roleFamily);
    optional(o, "description", description);
    JsonArrayBuilder cs = Json.createArrayBuilder();
    for (Collection c : collections) {
      JsonObjectBuilder co = Json.createObjectBuilder().add("key", c.key());
      optional(co, "label", c.label());
      JsonArrayBuilder fs = Json.createArrayBuilder();
      for (Field f : c.fields()) {
        JsonObjectBuilder fo =
            Json.createObjectBuilder().add("key", f.key()).add("type", f.type().name());
        optional(fo, "label", f.label());
        fo.add("required", f.required());
        if (!f.choices().isEmpty()) {
          fo.add("choices", Json.createArrayBuilder(f.choices()));
        }
        fs.add(fo);
      }
      cs.add(co.add("fields", fs));
    }
    o.add("collections", cs);
    JsonArrayBuilder ms = Json.createArrayBuilder();
    for (Metric m : metrics) {
      JsonObjectBuilder mo = Json.createObjectBuilder().add("key", m.key());
      optional(mo, "label", m.label());
      mo.add("formula", m.formula());
      optional(mo, "unit", m.unit());
      ms.add(mo);
    }
    o.add("metrics", ms);
    JsonArrayBuilder rs = Json.createArrayBuilder();
    for (Rule r : rules) {
      rs.add(
          Json.createObjectBuilder()
              .add("key", r.key())
              .add("label", r.label())
              .add("when", r.when()));
    }
    return o.add("rules", rs).build();
  }

  private static void optional(JsonObjectBuilder o, String name, String value) {
    if (value != null) {
      o.add(name, value);
    }
  }

  private static String identifier(
      JsonObject o, String at, Set<String> taken, List<FieldViolation> violations) {
    String k = text(o, "key", violations, at, true, 40);
    if (k == null) {
      return null;
    }
    if (!NAME.matcher(k).matches()) {
      violations.add(
          new FieldViolation(
              at + ".key", "must start with a lower-case letter, then letters, digits or '_'"));
      return null;
    }
    if (RESERVED.contains(k)) {
      violations.add(new FieldViolation(at + ".key", "'" + k + "' is reserved"));
      return null;
    }
    if (!taken.add(k)) {
      violations.add(new FieldViolation(at + ".key", "'" + k + "' is used twice"));
      return null;
    }
    return k;
  }

  private static String text(
      JsonObject o, String name, List<FieldViolation> violations, boolean required, int max) {
    return text(o, name, violations, "", required, max);
  }

  private static String text(
      JsonObject o,
      String name,
      List<FieldViolation> violations,
      String at,
      boolean required,
      int max) {
    String path = at.isEmpty() ? name : at + "." + name;
    JsonValue v = o.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      if (required) {
        violations.add(new FieldViolation(path, "is required"));
      }
      return null;
    }
    if (!(v instanceof JsonString s) || (required && s.getString().isBlank())) {
      violations.add(new FieldViolation(path, "must be a text"));
      return null;
    }
    if (s.getString().length() > max) {
      violations.add(new FieldViolation(path, "must be at most " + max + " characters"));
      return null;
    }
    return s.getString().isBlank() ? null : s.getString().strip();
  }

  private static JsonArray array(
      JsonObject o, String name, List<FieldViolation> violations, boolean required, int max) {
    return array(o, name, o.get(name), violations, required, max);
  }

  private static JsonArray array(
      JsonObject o,
      String path,
      JsonValue v,
      List<FieldViolation> violations,
      boolean required,
      int max) {
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      if (required) {
        violations.add(new FieldViolation(path, "is required"));
      }
      return null;
    }
    if (!(v instanceof JsonArray a)) {
      violations.add(new FieldViolation(path, "must be a list"));
      return null;
    }
    if (required && a.isEmpty()) {
      violations.add(new FieldViolation(path, "must not be empty"));
      return null;
    }
    if (a.size() > max) {
      violations.add(new FieldViolation(path, "must hold at most " + max));
      return null;
    }
    return a;
  }

  private static JsonObject object(JsonValue v, String at, List<FieldViolation> violations) {
    if (v instanceof JsonObject o) {
      return o;
    }
    violations.add(new FieldViolation(at, "must be an object"));
    return null;
  }
}
