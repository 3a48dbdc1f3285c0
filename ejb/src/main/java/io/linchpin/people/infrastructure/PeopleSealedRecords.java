package io.linchpin.people.infrastructure;

import io.linchpin.people.domain.Attachment;
import io.linchpin.shared.QueriedSealedRecords;
import io.linchpin.vault.application.FileVault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;

/** People's sealed fields, the salaries in their history, and the keys of their attachments. */
@ApplicationScoped
public class PeopleSealedRecords extends QueriedSealedRecords {

  @Inject FileVault files;

  @Override
  protected String[] queries() {
    return new String[] {
      "select e from Employee e where e.employeeNumber in :subjects",
      "select v from EmploymentEvent v where v.employee.employeeNumber in :subjects"
    };
  }

  @Override
  protected int resealOthers(EntityManager em, Collection<String> subjects) {
    int count = 0;
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
    return count;
  }
}
