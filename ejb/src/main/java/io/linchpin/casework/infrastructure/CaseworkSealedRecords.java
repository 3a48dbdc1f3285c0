package io.linchpin.casework.infrastructure;

import io.linchpin.casework.domain.CaseAttachment;
import io.linchpin.shared.QueriedSealedRecords;
import io.linchpin.vault.application.FileVault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;

/**
 * People's cases: summaries and outcomes, timelines, interventions, repayments, and the keys of the
 * files attached.
 */
@ApplicationScoped
public class CaseworkSealedRecords extends QueriedSealedRecords {

  @Inject FileVault files;

  @Override
  protected String[] queries() {
    return new String[] {
      "select c from CaseFile c where c.subject in :subjects",
      "select e from CaseEvent e where e.caseFile.subject in :subjects",
      "select i from Intervention i where i.caseFile.subject in :subjects",
      "select r from Repayment r where r.intervention.caseFile.subject in :subjects"
    };
  }

  @Override
  protected int resealOthers(EntityManager em, Collection<String> subjects) {
    int count = 0;
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
    return count;
  }
}
