package io.linchpin.screening.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Consents, checks and findings. */
public interface ScreeningRepository {

  void add(Consent consent);

  Optional<Consent> consent(long id);

  /** A person's consents, newest first. */
  List<Consent> consents(long employeeId);

  /** The consents of a person for a category and purpose, newest first. */
  List<Consent> consents(long employeeId, DataCategory category, CheckPurpose purpose);

  /** The consents given for a purpose and valid on the day. */
  List<Consent> consentsInForce(CheckPurpose purpose, LocalDate day);

  /** When each person was last checked successfully for a purpose, by "employeeId/CATEGORY". */
  java.util.Map<String, java.time.Instant> lastDone(CheckPurpose purpose);

  void add(ExternalCheck check);

  /** A person's checks, newest first, at most {@code max}. */
  List<ExternalCheck> checks(long employeeId, int max);

  void add(Finding finding);

  /** A person's findings, newest first. */
  List<Finding> findings(long employeeId);

  /** The next people after an employee id with findings, in id order. */
  List<Long> peopleWithFindingsAfter(long employeeId, java.time.Instant receivedSince, int max);

  /** The findings of these people that happened on or after the day. */
  List<Finding> findings(Collection<Long> employeeIds, LocalDate since);

  /** The fingerprints a person's findings of a category already carry. */
  Set<String> fingerprints(long employeeId, DataCategory category);

  /** Deletes the findings obtained under these consents; returns how many. */
  int deleteFindingsOf(Collection<Long> consentIds);

  void add(DropRun run);

  /** The latest files from the inbox, newest first. */
  List<DropRun> drops(int max);

  /** Deletes findings whose retention ended before the day; returns how many. */
  int deleteFindingsRetainedUntilBefore(LocalDate day);
}
