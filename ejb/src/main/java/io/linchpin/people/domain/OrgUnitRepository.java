package io.linchpin.people.domain;

import java.util.List;
import java.util.Optional;

/** The org-unit tree. */
public interface OrgUnitRepository {

  Optional<OrgUnit> find(long id);

  Optional<OrgUnit> findByCode(String code);

  Optional<OrgUnit> findByPath(String path);

  /** Every unit, parents before children. */
  List<OrgUnit> all();

  void add(OrgUnit unit);
}
