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
    int n = 0;
    for (String path : unitPaths) {
      any.add(
          alias
              + ".orgUnit.path = :"
              + prefix
              + "p"
              + n
              + " or "
              + alias
              + ".orgUnit.path like :"
              + prefix
              + "s"
              + n
              + " escape '!'");
      params.put(prefix + "p" + n, path);
      params.put(prefix + "s" + n, likeLiteral(path) + "/%");
      n++;
    }
    for (List<Long> slice : InLists.slices(people)) {
      any.add(alias + ".id in :" + prefix + "i" + n);
      params.put(prefix + "i" + n, slice);
      n++;
    }
    return any.isEmpty() ? "1 = 0" : "(" + String.join(" or ", any) + ")";
  }

  /** User text matched literally in a LIKE with {@code escape '!'}: % and _ are not wildcards. */
  public static String likeLiteral(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
