package io.linchpin.shared;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of the workforce a caller may see, as the union of grants: everyone, the people of some
 * org units (each with its subtree), or named people. A grant also says whether the caller may see
 * the sensitive fields (salary, national ID, bank account) of the people it covers. No grant: no
 * one.
 */
public record Visibility(List<Grant> grants) {

  public Visibility {
    grants = List.copyOf(grants);
  }

  /** One reason to see someone. */
  public record Grant(
      boolean everyone, List<String> unitPaths, Set<Long> people, boolean sensitive) {

    public Grant {
      unitPaths = List.copyOf(unitPaths);
      people = Set.copyOf(people);
    }

    public static Grant everyone(boolean sensitive) {
      return new Grant(true, List.of(), Set.of(), sensitive);
    }

    public static Grant units(List<String> paths, boolean sensitive) {
      return new Grant(false, paths, Set.of(), sensitive);
    }

    public static Grant people(Set<Long> ids, boolean sensitive) {
      return new Grant(false, List.of(), ids, sensitive);
    }

    /**
     * Whether the grant covers the person with this id in the org unit with this path (or none).
     */
    public boolean covers(long employeeId, String unitPath) {
      if (everyone) {
        return true;
      }
      if (people.contains(employeeId)) {
        return true;
      }
      return unitPath != null && unitPaths.stream().anyMatch(p -> within(unitPath, p));
    }

    public boolean isEmpty() {
      return !everyone && unitPaths.isEmpty() && people.isEmpty();
    }
  }

  public static final Visibility NOBODY = new Visibility(List.of());

  /** Whether the caller sees the person with this id in the org unit with this path (or none). */
  public boolean sees(long employeeId, String unitPath) {
    return grants.stream().anyMatch(g -> g.covers(employeeId, unitPath));
  }

  /** Whether the caller sees that person's sensitive fields. */
  public boolean seesSensitive(long employeeId, String unitPath) {
    return grants.stream().anyMatch(g -> g.sensitive() && g.covers(employeeId, unitPath));
  }

  public boolean seesEveryone() {
    return grants.stream().anyMatch(Grant::everyone);
  }

  /**
   * Whether this caller may see figures about groups of fewer people than the small-group rule
   * allows: only a caller who sees everyone with their sensitive fields (HR admins). Seeing
   * everyone without them (Legal) is not enough, since a small group's figures point at its people.
   */
  public boolean seesSmallGroups() {
    return grants.stream().anyMatch(g -> g.everyone() && g.sensitive());
  }

  public boolean seesNobody() {
    return grants.stream().allMatch(Grant::isEmpty);
  }

  /** The sensitive fields are visible for everyone this caller sees. */
  public boolean sensitiveForAll() {
    return grants.stream().filter(g -> !g.isEmpty()).allMatch(Grant::sensitive);
  }

  /**
   * A JPQL condition on {@code alias} (an employee) that holds for the people this visibility
   * covers, its parameters named with {@code prefix}; {@code 1 = 1} for everyone, {@code 1 = 0} for
   * no one.
   */
  public String clause(String alias, Map<String, Object> params, String prefix) {
    if (seesEveryone()) {
      return "1 = 1";
    }
    List<String> paths = new ArrayList<>();
    Set<Long> people = new HashSet<>();
    for (Grant g : grants) {
      paths.addAll(g.unitPaths());
      people.addAll(g.people());
    }
    return ScopeClause.of(alias, paths, people, params, prefix);
  }

  /**
   * {@link #clause} for the people this visibility covers, further limited to the subtree under
   * {@code unitPath} when it is given (parameters prefixed {@code v} and {@code u}).
   */
  public String clause(String alias, String unitPath, Map<String, Object> params) {
    String visible = clause(alias, params, "v");
    return unitPath == null
        ? visible
        : visible + " and " + ScopeClause.of(alias, List.of(unitPath), List.of(), params, "u");
  }

  /**
   * {@link #clause(String, String, Map)} further limited to the people whose position is of the job
   * family, when it is given (parameter {@code vfamily}).
   */
  public String clause(
      String alias, String unitPath, String jobFamily, Map<String, Object> params) {
    String scoped = clause(alias, unitPath, params);
    if (jobFamily == null) {
      return scoped;
    }
    params.put("vfamily", jobFamily);
    return scoped + " and " + alias + ".position.jobFamily = :vfamily";
  }

  /**
   * A JPQL condition on {@code pathExpression} (an org unit's path) for the whole org units this
   * visibility covers, limited to the subtree under {@code unitPath} when given; people seen one by
   * one (a line manager's reports, oneself) are not whole units and are left out. Parameters are
   * prefixed {@code v} and {@code u}.
   */
  public String unitClause(String pathExpression, String unitPath, Map<String, Object> params) {
    String visible =
        seesEveryone() ? "1 = 1" : ScopeClause.units(pathExpression, unitPaths(), params, "v");
    return unitPath == null
        ? visible
        : visible + " and " + ScopeClause.units(pathExpression, List.of(unitPath), params, "u");
  }

  /** The unit paths of the caller's unit grants (none for everyone: see {@link #seesEveryone}). */
  public List<String> unitPaths() {
    return grants.stream().flatMap(g -> g.unitPaths().stream()).distinct().toList();
  }

  /** Separates the names in an org unit's path, as people's org units write it. */
  public static final String PATH_SEPARATOR = "/";

  static boolean within(String path, String root) {
    return path.equals(root) || path.startsWith(root + PATH_SEPARATOR);
  }
}
