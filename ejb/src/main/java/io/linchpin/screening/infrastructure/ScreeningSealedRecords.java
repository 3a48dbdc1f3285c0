package io.linchpin.screening.infrastructure;

import io.linchpin.shared.FieldSealer;
import io.linchpin.shared.Resealing;
import io.linchpin.shared.SealedRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;

/** The details of people's external findings. */
@ApplicationScoped
public class ScreeningSealedRecords implements SealedRecords {

  @PersistenceContext private EntityManager em;
  @Inject FieldSealer sealer;

  @Override
  public int reseal(Collection<String> subjects) {
    int count =
        Resealing.records(
            em, sealer, subjects, "select f from Finding f where f.subject in :subjects");
    em.flush();
    return count;
  }
}
