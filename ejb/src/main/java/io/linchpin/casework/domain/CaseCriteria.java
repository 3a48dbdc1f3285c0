package io.linchpin.casework.domain;

import java.util.Set;

/**
 * Which cases to list. Besides the filters, the caller's reach: everything ({@code all}), or the
 * cases Legal is involved in ({@code legal}), the cases the caller's account is a party to, and the
 * cases of the given engine instances (those with a step offered to one of the caller's roles,
 * already narrowed to people the caller may see).
 */
public record CaseCriteria(
    CaseStatus status,
    CaseType type,
    Long employeeId,
    boolean all,
    boolean legal,
    Long party,
    Set<Long> offered) {

  public CaseCriteria {
    offered = offered == null ? Set.of() : Set.copyOf(offered);
  }
}
