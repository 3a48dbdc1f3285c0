package io.linchpin.casework.domain;

import io.linchpin.shared.Visibility;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Cases, their timelines, parties, notifications and SLA settings. */
public interface CaseRepository {

  void add(CaseFile caseFile);

  Optional<CaseFile> find(long id);

  boolean referenceTaken(String reference);

  List<CaseFile> byInstances(Collection<String> instanceIds);

  /** A page of cases matching the criteria, newest first; {@code scope} null means all. */
  List<CaseFile> search(CaseCriteria criteria, int first, int max);

  long count(CaseCriteria criteria);

  boolean hasOpenCase(long employeeId);

  void addEvent(CaseEvent event);

  List<CaseEvent> timeline(long caseId);

  /** Adds the party unless its account works the case already. */
  void addParty(CaseParty party);

  boolean isParty(long caseId, long accountId);

  /** The case's parties, in the order they joined it. */
  List<CaseParty> parties(long caseId);

  /** Removes the account from the case's parties; whether it was one. */
  boolean removeParty(long caseId, long accountId);

  void notify(CaseNotification notification);

  List<CaseNotification> notificationsFor(String recipient, Collection<String> roles, int max);

  List<CaseSla> slas(CaseType type);

  void add(CaseAttachment attachment);

  List<CaseAttachment> attachments(long caseId);

  Optional<CaseAttachment> attachment(long caseId, String attachmentId);

  /**
   * The facts of the cases about the people {@code visibility} covers (under {@code unitPath} when
   * given) that were open at some time in [{@code from}, {@code to}): opened before {@code to} and
   * not closed before {@code from}.
   */
  List<CaseFact> facts(
      Visibility visibility, String unitPath, String jobFamily, Instant from, Instant to);
}
