package io.linchpin.casework.infrastructure;

import io.linchpin.casework.domain.CaseAttachment;
import io.linchpin.shared.FieldSealer;
import io.linchpin.shared.Resealing;
import io.linchpin.shared.SealedRecords;
import io.linchpin.vault.application.FileVault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * A person's cases: summaries and outcomes, timelines, interventions, repayments, and the keys of
 * the files attached.
 */
@ApplicationScoped
public class CaseworkSealedRecords implements SealedRecords {

  private static final List<String> QUERIES =
      List.of(
          "select c from CaseFile c where c.subject = :subject",
          "select e from CaseEvent e where e.caseFile.subject = :subject",
          "select i from Intervention i where i.caseFile.subject = :subject",
          "select r from Repayment r where r.intervention.caseFile.subject = :subject");

  @PersistenceContext private EntityManager em;
  @Inject FieldSealer sealer;
  @Inject FileVault files;

  @Override
  public int reseal(String subject) {
    int count = 0;
    for (String jpql : QUERIES) {
      count += Resealing.records(em, sealer, jpql, subject);
    }
    for (CaseAttachment a :
        em.createQuery(
                "select a from CaseAttachment a where a.caseFile.subject = :subject",
                CaseAttachment.class)
            .setParameter("subject", subject)
            .getResultList()) {
      a.rewrapped(files.rewrap(subject, a.getId(), a.getFileKey()));
      count++;
    }
    em.flush();
    return count;
  }
}
