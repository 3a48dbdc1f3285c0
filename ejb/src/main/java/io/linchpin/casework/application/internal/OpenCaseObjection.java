package io.linchpin.casework.application.internal;

import io.linchpin.casework.domain.CaseRepository;
import io.linchpin.people.application.ErasureObjection;
import io.linchpin.shared.EmployeeId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** A person with an open case may not be erased: the case needs their data until it closes. */
@ApplicationScoped
public class OpenCaseObjection implements ErasureObjection {

  @Inject CaseRepository cases;

  @Override
  public Optional<Objection> objectTo(EmployeeId employee) {
    return cases.hasOpenCase(employee.value())
        ? Optional.of(
            new Objection(
                "openCase", "a case about this person is open; close it before erasing their data"))
        : Optional.empty();
  }
}
