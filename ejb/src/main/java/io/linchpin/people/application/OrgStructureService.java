package io.linchpin.people.application;

import java.util.List;

/** The org-unit tree and the positions people hold. */
public interface OrgStructureService {

  /** Every unit, parents before children. */
  List<OrgUnitView> orgUnits();

  OrgUnitView orgUnit(long id);

  OrgUnitView create(CreateOrgUnit command);

  List<PositionView> positions();

  /** The job families of the positions (the role families people belong to), in order. */
  List<String> jobFamilies();

  PositionView position(long id);

  PositionView create(CreatePosition command);
}
