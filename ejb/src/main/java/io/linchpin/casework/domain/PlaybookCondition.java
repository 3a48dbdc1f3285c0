package io.linchpin.casework.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The small grammar a playbook's gateway conditions are written in, so that a condition can compare
 * values and never reach code. One expression {@code ${ … }} over:
 *
 * <pre>
 * or      := and (("||" | "or") and)*
 * and     := not (("&amp;&amp;" | "and") not)*
 * not     := ("!" | "not") not | compare
 * compare := value (("==" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "eq" | "ne" | "lt" | "le"
 *            | "gt" | "ge") value)?
 * value   := "(" or ")" | case variable | number | 'text' | "text" | true | false | null
 * </pre>
 *
 * A case variable is one Linchpin sets when it opens a case ({@code caseId}, {@code sla_<step>},
 * {@code remind_<step>}); there is no member access, no index, no call and no bean: a name followed
 * by {@code .}, {@code [} or {@code (} does not parse.
 */
public final class PlaybookCondition {

  /** The case's id, set on every case. */
  public static final String CASE_ID = "caseId";

  private static final Set<String> KEYWORDS =
      Set.of("or", "and", "not", "eq", "ne", "lt", "le", "gt", "ge", "true", "false", "null");
  private static final Set<String> COMPARISONS =
      Set.of("==", "!=", "<", "<=", ">", ">=", "eq", "ne", "lt", "le", "gt", "ge");
  private static final int LONGEST = 500;

  private final List<String> tokens;
  private int at;

  private PlaybookCondition(List<String> tokens) {
    this.tokens = tokens;
  }

  /** Whether Linchpin sets a case variable of that name. */
  public static boolean isCaseVariable(String name) {
    return CASE_ID.equals(name) || (name.matches("(sla|remind)_[A-Za-z][A-Za-z0-9_]{0,63}"));
  }

  /** Why the condition is not in the grammar, or null when it is. */
  public static String problem(String condition) {
    if (condition.length() > LONGEST) {
      return "longer than " + LONGEST + " characters";
    }
    if (!condition.startsWith("${") || !condition.endsWith("}")) {
      return "write it as one ${ … } expression";
    }
    List<String> tokens;
    try {
      tokens = tokenize(condition.substring(2, condition.length() - 1));
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    if (tokens.isEmpty()) {
      return "the expression is empty";
    }
    PlaybookCondition parser = new PlaybookCondition(tokens);
    try {
      parser.or();
      if (parser.at != tokens.size()) {
        return "unexpected \"" + tokens.get(parser.at) + "\"";
      }
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  private void or() {
    and();
    while (accept("||") || accept("or")) {
      and();
    }
  }

  private void and() {
    not();
    while (accept("&&") || accept("and")) {
      not();
    }
  }

  private void not() {
    if (accept("!") || accept("not")) {
      not();
      return;
    }
    value();
    if (at < tokens.size() && COMPARISONS.contains(tokens.get(at))) {
      at++;
      value();
    }
  }

  private void value() {
    if (at >= tokens.size()) {
      throw new IllegalArgumentException("the expression ends too early");
    }
    String t = tokens.get(at++);
    if ("(".equals(t)) {
      or();
      if (!accept(")")) {
        throw new IllegalArgumentException("a \"(\" is not closed");
      }
      return;
    }
    if (t.startsWith("'") || t.startsWith("\"") || Character.isDigit(t.charAt(0))) {
      return;
    }
    if (Set.of("true", "false", "null").contains(t)) {
      return;
    }
    if (Character.isLetter(t.charAt(0)) || t.charAt(0) == '_') {
      if (KEYWORDS.contains(t)) {
        throw new IllegalArgumentException("unexpected \"" + t + "\"");
      }
      if (!isCaseVariable(t)) {
        throw new IllegalArgumentException(
            "\"" + t + "\" is not a case variable (caseId, sla_<step>, remind_<step>)");
      }
      return;
    }
    throw new IllegalArgumentException("unexpected \"" + t + "\"");
  }

  private boolean accept(String token) {
    if (at < tokens.size() && tokens.get(at).equals(token)) {
      at++;
      return true;
    }
    return false;
  }

  private static List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        i++;
      } else if (Character.isLetter(c) || c == '_') {
        int start = i;
        while (i < text.length()
            && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
          i++;
        }
        tokens.add(text.substring(start, i));
        if (i < text.length() && ".[(".indexOf(text.charAt(i)) >= 0) {
          throw new IllegalArgumentException(
              "no member access, index or call: \"" + text.substring(start, i + 1) + "\"");
        }
      } else if (Character.isDigit(c)) {
        int start = i;
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
          i++;
        }
        String number = text.substring(start, i);
        if (!number.matches("[0-9]{1,18}(\\.[0-9]{1,18})?")) {
          throw new IllegalArgumentException("\"" + number + "\" is not a number");
        }
        tokens.add(number);
      } else if (c == '\'' || c == '"') {
        int end = text.indexOf(c, i + 1);
        if (end < 0) {
          throw new IllegalArgumentException("a text in quotes is not closed");
        }
        String literal = text.substring(i, end + 1);
        if (literal.indexOf('\\') >= 0 || literal.contains("${") || literal.contains("#{")) {
          throw new IllegalArgumentException("a text in quotes may not hold \\, ${ or #{");
        }
        tokens.add(literal);
        i = end + 1;
      } else {
        String two = i + 1 < text.length() ? text.substring(i, i + 2) : "";
        if (Set.of("==", "!=", "<=", ">=", "&&", "||").contains(two)) {
          tokens.add(two);
          i += 2;
        } else if ("()<>!".indexOf(c) >= 0) {
          tokens.add(String.valueOf(c));
          i++;
        } else {
          throw new IllegalArgumentException("\"" + c + "\" is not allowed in a condition");
        }
      }
    }
    return tokens;
  }
}
