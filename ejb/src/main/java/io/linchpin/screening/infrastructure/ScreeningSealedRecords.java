package io.linchpin.screening.infrastructure;

import io.linchpin.shared.FieldSealer;
import io.linchpin.shared.Resealing;
import io.linchpin.shared.SealedRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The details of a person's external findings. */
@ApplicationScoped
public class ScreeningSealedRecords implements SealedRecords {

  @PersistenceContext private EntityManager em;
  @Inject FieldSealer sealer;

  @Override
  public int reseal(String subject) {
    int count =
        Resealing.records(
            em, sealer, "select f from Finding f where f.subject = :subject", subject);
    em.flush();
    return count;
  }
}
