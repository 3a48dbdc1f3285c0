package io.linchpin.corerole.infrastructure;

import io.linchpin.shared.FieldSealer;
import io.linchpin.shared.Resealing;
import io.linchpin.shared.SealedRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;

/** People's assessments (evidence, notes) and module records. */
@ApplicationScoped
public class CoreRoleSealedRecords implements SealedRecords {

  @PersistenceContext private EntityManager em;
  @Inject FieldSealer sealer;

  @Override
  public int reseal(Collection<String> subjects) {
    int count =
        Resealing.records(
            em,
            sealer,
            subjects,
            "select a from Assessment a where a.subject in :subjects",
            "select r from ModuleRecord r where r.subject in :subjects");
    em.flush();
    return count;
  }
}
