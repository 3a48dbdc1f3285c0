package io.linchpin.corerole.infrastructure;

import io.linchpin.shared.FieldSealer;
import io.linchpin.shared.Resealing;
import io.linchpin.shared.SealedRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A person's assessments (evidence, notes) and module records. */
@ApplicationScoped
public class CoreRoleSealedRecords implements SealedRecords {

  @PersistenceContext private EntityManager em;
  @Inject FieldSealer sealer;

  @Override
  public int reseal(String subject) {
    int count =
        Resealing.records(
                em, sealer, "select a from Assessment a where a.subject = :subject", subject)
            + Resealing.records(
                em, sealer, "select r from ModuleRecord r where r.subject = :subject", subject);
    em.flush();
    return count;
  }
}
