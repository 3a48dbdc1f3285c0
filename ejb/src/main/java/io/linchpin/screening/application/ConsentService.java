package io.linchpin.screening.application;

import io.linchpin.people.application.Ref;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The consent ledger. HR asks a person for consent (they answer in the portal) or records a consent
 * signed on paper; the person sees their consents, gives or refuses what is asked, and withdraws
 * any at any time, which stops further checks at once and deletes what was obtained under it. Every
 * change is in the audit log.
 */
public interface ConsentService {

  /** A person's consents, newest first (HR, for people in their reach). */
  List<ConsentView> consents(long employeeId);

  /** HR asks the person; the consent waits for their answer. */
  ConsentView request(long employeeId, RequestConsent request);

  /** HR records a consent the person signed on paper; the scan must be one of their files. */
  ConsentView recordSignedForm(long employeeId, RecordSignedForm form);

  /** The signed-in employee's own consents, newest first. */
  List<ConsentView> mine();

  /** The signed-in employee answers a request made to them. */
  ConsentView answer(long consentId, boolean give);

  /**
   * Withdraws a given consent: by the employee (their own) or by an HR admin on their written
   * instruction (a reason is then required).
   */
  ConsentView withdraw(long consentId, String reason);

  /** What HR asks: the category, purpose, statement (the standard one when blank), validity. */
  record RequestConsent(
      @NotBlank String category,
      @NotBlank String purpose,
      @Size(max = 4000) String statement,
      LocalDate validFrom,
      LocalDate validUntil) {}

  /** A consent signed on paper, with the attachment holding the scan. */
  record RecordSignedForm(
      @NotBlank String category,
      @NotBlank String purpose,
      @Size(max = 4000) String statement,
      LocalDate validFrom,
      LocalDate validUntil,
      @NotBlank @Size(max = 36) String attachmentId) {}

  /** A consent as the ledger shows it; {@code status} as of today. */
  record ConsentView(
      long id,
      Ref employee,
      String category,
      String categoryDescription,
      String purpose,
      String purposeDescription,
      String statement,
      LocalDate validFrom,
      LocalDate validUntil,
      String status,
      Instant requestedAt,
      String requestedBy,
      Instant answeredAt,
      String evidence,
      String evidenceAttachment,
      Instant withdrawnAt,
      String withdrawnBy,
      String withdrawalReason) {}
}
