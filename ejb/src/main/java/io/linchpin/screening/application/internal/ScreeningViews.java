package io.linchpin.screening.application.internal;

import io.linchpin.people.application.PersonRef;
import io.linchpin.people.application.Ref;
import io.linchpin.screening.application.ConsentService.ConsentView;
import io.linchpin.screening.application.ScreeningService.CheckView;
import io.linchpin.screening.domain.Consent;
import io.linchpin.screening.domain.ExternalCheck;
import java.time.LocalDate;

/** Entities as the screening API shows them. */
final class ScreeningViews {

  private ScreeningViews() {}

  static Ref ref(PersonRef person) {
    return new Ref(person.id(), person.fullName());
  }

  static ConsentView view(Consent c, Ref employee, LocalDate today) {
    return new ConsentView(
        c.getId(),
        employee,
        c.getCategory().name(),
        c.getCategory().description(),
        c.getPurpose().name(),
        c.getPurpose().description(),
        c.getStatement(),
        c.getValidFrom(),
        c.getValidUntil(),
        c.statusOn(today).name(),
        c.getRequestedAt(),
        c.getRequestedBy(),
        c.getAnsweredAt(),
        c.getEvidence() == null ? null : c.getEvidence().name(),
        c.getEvidenceAttachment(),
        c.getWithdrawnAt(),
        c.getWithdrawnBy(),
        c.getWithdrawalReason());
  }

  static CheckView view(ExternalCheck c, Ref employee) {
    return new CheckView(
        c.getId(),
        employee,
        c.getCategory().name(),
        c.getPurpose().name(),
        c.getProvider(),
        c.getConsentId(),
        c.getOutcome().name(),
        c.getFound(),
        c.getAdded(),
        c.getMessage(),
        c.getRequestedAt(),
        c.getRequestedBy());
  }
}
