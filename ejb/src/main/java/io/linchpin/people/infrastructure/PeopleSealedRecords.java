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

/** A person's sealed fields, the salaries in their history, and the keys of their attachments. */
@ApplicationScoped
public class PeopleSealedRecords implements SealedRecords {

  @PersistenceContext private EntityManager em;
  @Inject FieldSealer sealer;
  @Inject FileVault files;

  @Override
  public int reseal(String subject) {
    int count =
        Resealing.records(
                em, sealer, "select e from Employee e where e.employeeNumber = :subject", subject)
            + Resealing.records(
                em,
                sealer,
                "select v from EmploymentEvent v where v.employee.employeeNumber = :subject",
                subject);
    for (Attachment a :
        em.createQuery(
                "select a from Attachment a where a.employee.employeeNumber = :subject",
                Attachment.class)
            .setParameter("subject", subject)
            .getResultList()) {
      a.rewrapped(files.rewrap(subject, a.getId(), a.getFileKey()));
      count++;
    }
    em.flush();
    return count;
  }
}
