package io.linchpin.screening.infrastructure;

import io.linchpin.shared.QueriedSealedRecords;
import jakarta.enterprise.context.ApplicationScoped;

/** The details of people's external findings. */
@ApplicationScoped
public class ScreeningSealedRecords extends QueriedSealedRecords {

  @Override
  protected String[] queries() {
    return new String[] {"select f from Finding f where f.subject in :subjects"};
  }
}
