package io.linchpin.shared;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;

/**
 * {@link SealedRecords} of a context whose {@link Sealable} records some queries find by data
 * subject: each record found is sealed again with its subject's current key, and written.
 */
public abstract class QueriedSealedRecords implements SealedRecords {

  @PersistenceContext private EntityManager em;
  @Inject FieldSealer sealer;

  /** JPQL queries of the context's sealable records, each with a {@code :subjects} parameter. */
  protected abstract String[] queries();

  /** What else the context seals with the subjects' keys (file keys, say); how many records. */
  protected int resealOthers(EntityManager em, Collection<String> subjects) {
    return 0;
  }

  @Override
  public int reseal(Collection<String> subjects) {
    int count = 0;
    for (String jpql : queries()) {
      for (Object record :
          em.createQuery(jpql).setParameter("subjects", subjects).getResultList()) {
        ((Sealable) record).seal(sealer);
        count++;
      }
    }
    count += resealOthers(em, subjects);
    em.flush();
    return count;
  }
}
