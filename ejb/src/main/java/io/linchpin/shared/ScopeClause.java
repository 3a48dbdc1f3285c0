package io.linchpin.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The JPQL condition that limits employees to some org-unit subtrees and some named people, shared
 * by every query that lists people within a caller's reach.
 */
public final class ScopeClause {

  private ScopeClause() {}

  /**
   * A condition on {@code alias} (an employee with an {@code orgUnit.path}) that holds for the
   * people of the subtrees under {@code unitPaths} and for {@code people}; its parameters, named
   * with {@code prefix}, go into {@code params}. Nothing to match: a condition that holds for no
   * one.
   */
  public static String of(
      String alias,
      Collection<String> unitPaths,
      Collection<Long> people,
      Map<String, Object> params,
      String prefix) {
    List<String> any = new ArrayList<>();
    int n = paths(alias + ".orgUnit.path", unitPaths, params, prefix, any);
    for (List<Long> slice : InLists.slices(people)) {
      any.add(alias + ".id in :" + prefix + "i" + n);
      params.put(prefix + "i" + n, slice);
      n++;
    }
    return any.isEmpty() ? "1 = 0" : "(" + String.join(" or ", any) + ")";
  }

  /**
   * A condition on {@code pathExpression} (an org unit's path) that holds within the subtrees under
   * {@code unitPaths}; nothing to match: a condition that holds for nothing.
   */
  public static String units(
      String pathExpression,
      Collection<String> unitPaths,
      Map<String, Object> params,
      String prefix) {
    List<String> any = new ArrayList<>();
    paths(pathExpression, unitPaths, params, prefix, any);
    return any.isEmpty() ? "1 = 0" : "(" + String.join(" or ", any) + ")";
  }

  private static int paths(
      String pathExpression,
      Collection<String> unitPaths,
      Map<String, Object> params,
      String prefix,
      List<String> any) {
    int n = 0;
    for (String path : unitPaths) {
      any.add(
          pathExpression
              + " = :"
              + prefix
              + "p"
              + n
              + " or "
              + pathExpression
              + " like :"
              + prefix
              + "s"
              + n
              + " escape '!'");
      params.put(prefix + "p" + n, path);
      params.put(prefix + "s" + n, likeLiteral(path) + "/%");
      n++;
    }
    return n;
  }

  /** User text matched literally in a LIKE with {@code escape '!'}: % and _ are not wildcards. */
  public static String likeLiteral(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
