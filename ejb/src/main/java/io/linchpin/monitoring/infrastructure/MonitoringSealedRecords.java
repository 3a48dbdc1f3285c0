package io.linchpin.monitoring.infrastructure;

import io.linchpin.shared.QueriedSealedRecords;
import jakarta.enterprise.context.ApplicationScoped;

/** The evidence of people's alerts and their requests for an explanation. */
@ApplicationScoped
public class MonitoringSealedRecords extends QueriedSealedRecords {

  @Override
  protected String[] queries() {
    return new String[] {
      "select a from Alert a where a.subject in :subjects",
      "select r from ExplanationRequest r where r.subject in :subjects"
    };
  }
}
