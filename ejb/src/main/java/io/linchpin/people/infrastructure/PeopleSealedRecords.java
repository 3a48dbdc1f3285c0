package io.linchpin.people.infrastructure;

import io.linchpin.people.domain.Attachment;
import io.linchpin.shared.FieldSealer;
import io.linchpin.shared.Resealing;
import io.linchpin.shared.SealedRecords;
import io.linchpin.vault.application.FileVault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;

/** People's sealed fields, the salaries in their history, and the keys of their attachments. */
@ApplicationScoped
public class PeopleSealedRecords implements SealedRecords {

  private static final String[] QUERIES = {
    "select e from Employee e where e.employeeNumber in :subjects",
    "select v from EmploymentEvent v where v.employee.employeeNumber in :subjects"
  };

  @PersistenceContext private EntityManager em;
  @Inject FieldSealer sealer;
  @Inject FileVault files;

  @Override
  public int reseal(Collection<String> subjects) {
    int count = Resealing.records(em, sealer, subjects, QUERIES);
    for (Attachment a :
        em.createQuery(
                "select a from Attachment a join fetch a.employee"
                    + " where a.employee.employeeNumber in :subjects",
                Attachment.class)
            .setParameter("subjects", subjects)
            .getResultList()) {
      a.rewrapped(files.rewrap(a.getEmployee().subject(), a.getId(), a.getFileKey()));
      count++;
    }
    em.flush();
    return count;
  }
}
