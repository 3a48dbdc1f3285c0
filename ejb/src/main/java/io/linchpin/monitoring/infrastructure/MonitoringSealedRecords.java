package io.linchpin.monitoring.infrastructure;

import io.linchpin.shared.FieldSealer;
import io.linchpin.shared.Resealing;
import io.linchpin.shared.SealedRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The evidence of a person's alerts and their requests for an explanation. */
@ApplicationScoped
public class MonitoringSealedRecords implements SealedRecords {

  @PersistenceContext private EntityManager em;
  @Inject FieldSealer sealer;

  @Override
  public int reseal(String subject) {
    int count =
        Resealing.records(em, sealer, "select a from Alert a where a.subject = :subject", subject)
            + Resealing.records(
                em,
                sealer,
                "select r from ExplanationRequest r where r.subject = :subject",
                subject);
    em.flush();
    return count;
  }
}
