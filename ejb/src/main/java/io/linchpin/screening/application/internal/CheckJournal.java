package io.linchpin.screening.application.internal;

import io.linchpin.screening.domain.ExternalCheck;
import io.linchpin.screening.domain.ScreeningRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Keeps a refused or failed check on record in a transaction of its own, so that the refusal the
 * caller is about to receive does not take the record with it.
 */
@Stateless
@PermitAll
public class CheckJournal {

  @Inject ScreeningRepository screening;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long keep(ExternalCheck check) {
    screening.add(check);
    return check.getId();
  }
}
