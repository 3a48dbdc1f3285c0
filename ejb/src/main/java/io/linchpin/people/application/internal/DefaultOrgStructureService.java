package io.linchpin.people.application.internal;

import io.linchpin.people.application.CreateOrgUnit;
import io.linchpin.people.application.CreatePosition;
import io.linchpin.people.application.OrgStructureService;
import io.linchpin.people.application.OrgUnitView;
import io.linchpin.people.application.PositionView;
import io.linchpin.people.domain.OrgUnit;
import io.linchpin.people.domain.OrgUnitRepository;
import io.linchpin.people.domain.Position;
import io.linchpin.people.domain.PositionRepository;
import io.linchpin.shared.ConflictException;
import io.linchpin.shared.InputValidator;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.NotFoundException;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Maintains the org tree (unique codes, unique paths) and the position catalogue. */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.LEGAL, Roles.LINE_MANAGER, Roles.BUSINESS_HEAD})
public class DefaultOrgStructureService implements OrgStructureService {

  @Inject OrgUnitRepository orgUnits;
  @Inject PositionRepository positions;
  @Inject InputValidator validator;

  @Override
  public List<OrgUnitView> orgUnits() {
    return orgUnits.all().stream().map(PeopleViews::orgUnit).toList();
  }

  @Override
  public OrgUnitView orgUnit(long id) {
    return orgUnits
        .find(id)
        .map(PeopleViews::orgUnit)
        .orElseThrow(() -> new NotFoundException("Org unit", id));
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public OrgUnitView create(CreateOrgUnit c) {
    validator.validate(c);
    OrgUnit parent =
        c.parentId() == null
            ? null
            : orgUnits
                .find(c.parentId())
                .orElseThrow(
                    () -> new InvalidInputException("parentId", "names no existing org unit"));
    if (orgUnits.findByCode(c.code()).isPresent()) {
      throw new ConflictException("code", "org unit code " + c.code() + " is already taken");
    }
    OrgUnit unit = new OrgUnit(c.code(), c.name().strip(), parent);
    if (orgUnits.findByPath(unit.getPath()).isPresent()) {
      throw new ConflictException("name", "a unit of that name already exists under that parent");
    }
    orgUnits.add(unit);
    return PeopleViews.orgUnit(unit);
  }

  @Override
  public List<PositionView> positions() {
    return positions.all().stream().map(PeopleViews::position).toList();
  }

  @Override
  public List<String> jobFamilies() {
    return positions.all().stream()
        .map(Position::getJobFamily)
        .filter(java.util.Objects::nonNull)
        .distinct()
        .sorted()
        .toList();
  }

  @Override
  public PositionView position(long id) {
    return positions
        .find(id)
        .map(PeopleViews::position)
        .orElseThrow(() -> new NotFoundException("Position", id));
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public PositionView create(CreatePosition c) {
    validator.validate(c);
    if (positions.findByCode(c.code()).isPresent()) {
      throw new ConflictException("code", "position code " + c.code() + " is already taken");
    }
    Position position = new Position(c.code(), c.title().strip(), c.jobFamily());
    positions.add(position);
    return PeopleViews.position(position);
  }
}
