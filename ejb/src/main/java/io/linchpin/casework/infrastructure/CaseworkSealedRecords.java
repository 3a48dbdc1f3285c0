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
import java.util.Collection;

/**
 * A person's cases: summaries and outcomes, timelines, interventions, repayments, and the keys of
 * the files attached.
 */
@ApplicationScoped
public class CaseworkSealedRecords implements SealedRecords {

  private static final String[] QUERIES = {
    "select c from CaseFile c where c.subject in :subjects",
    "select e from CaseEvent e where e.caseFile.subject in :subjects",
    "select i from Intervention i where i.caseFile.subject in :subjects",
    "select r from Repayment r where r.intervention.caseFile.subject in :subjects"
  };

  @PersistenceContext private EntityManager em;
  @Inject FieldSealer sealer;
  @Inject FileVault files;

  @Override
  public int reseal(Collection<String> subjects) {
    int count = Resealing.records(em, sealer, subjects, QUERIES);
    for (CaseAttachment a :
        em.createQuery(
                "select a from CaseAttachment a join fetch a.caseFile"
                    + " where a.caseFile.subject in :subjects",
                CaseAttachment.class)
            .setParameter("subjects", subjects)
            .getResultList()) {
      a.rewrapped(files.rewrap(a.getCaseFile().getSubject(), a.getId(), a.getFileKey()));
      count++;
    }
    em.flush();
    return count;
  }
}
