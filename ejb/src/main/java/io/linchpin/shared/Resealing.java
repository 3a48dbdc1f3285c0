package io.linchpin.shared;

import jakarta.persistence.EntityManager;

/** Sealing again the {@link Sealable} records one query finds for a subject. */
public final class Resealing {

  private Resealing() {}

  /**
   * Loads the records {@code jpql} selects for the {@code :subject} parameter and seals each again
   * with the subject's current key; they are written at the next flush. Returns how many.
   */
  public static int records(EntityManager em, FieldSealer sealer, String jpql, String subject) {
    int count = 0;
    for (Object record : em.createQuery(jpql).setParameter("subject", subject).getResultList()) {
      ((Sealable) record).seal(sealer);
      count++;
    }
    return count;
  }
}
