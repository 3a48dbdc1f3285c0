package io.linchpin.casework.application;

import io.linchpin.shared.Page;

/**
 * Cases: intake, the scoped list, one case with its timeline, notes. A case is visible to HR
 * admins, to Legal once Legal takes part, to the people working it, and to holders of the role a
 * step of it is offered to who may see the employee. Anyone else is told the case does not exist.
 */
public interface CaseService {

  /** Opens a case and starts its playbook, in one transaction. Refused for an erased person. */
  CaseView open(OpenCase intake);

  /**
   * Opens a case from a monitoring alert ({@code alertRef}, e.g. "alert:42"): the same as {@link
   * #open}, with the alert as the case's origin.
   */
  CaseView openFromAlert(OpenCase intake, String alertRef);

  /** The case with its timeline; the sensitive text read is audited with the case as purpose. */
  CaseView get(long id);

  Page<CaseSummary> search(CaseQuery query);

  /** Adds a note to the timeline; writing on a case gives no more access to it. */
  CaseView addNote(long id, String text);
}
