package io.linchpin.shared;

import jakarta.persistence.EntityManager;

/** Sealing again the {@link Sealable} records one query finds for some subjects. */
public final class Resealing {

  private Resealing() {}

  /**
   * Loads the records each query selects for the {@code :subjects} parameter and seals each again
   * with its subject's current key; they are written at the next flush. Returns how many.
   */
  public static int records(
      EntityManager em,
      FieldSealer sealer,
      java.util.Collection<String> subjects,
      String... queries) {
    int count = 0;
    for (String jpql : queries) {
      for (Object record :
          em.createQuery(jpql).setParameter("subjects", subjects).getResultList()) {
        ((Sealable) record).seal(sealer);
        count++;
      }
    }
    return count;
  }
}
