package io.linchpin.corerole.infrastructure;

import io.linchpin.shared.QueriedSealedRecords;
import jakarta.enterprise.context.ApplicationScoped;

/** People's assessments (evidence, notes) and module records. */
@ApplicationScoped
public class CoreRoleSealedRecords extends QueriedSealedRecords {

  @Override
  protected String[] queries() {
    return new String[] {
      "select a from Assessment a where a.subject in :subjects",
      "select r from ModuleRecord r where r.subject in :subjects"
    };
  }
}
