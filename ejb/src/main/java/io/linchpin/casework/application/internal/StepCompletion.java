package io.linchpin.casework.application.internal;

import io.linchpin.casework.domain.CaseEvent;
import io.linchpin.casework.domain.CaseEventKind;
import io.linchpin.casework.domain.CaseFile;
import io.linchpin.casework.domain.CaseParty;
import io.linchpin.casework.domain.CaseParty.How;
import io.linchpin.casework.domain.CaseRepository;
import io.linchpin.casework.domain.Playbooks;
import io.linchpin.casework.domain.RootCause;
import io.linchpin.casework.domain.Workflow;
import io.linchpin.casework.domain.Workflow.StepTask;
import io.linchpin.people.application.AccountRef;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Map;

/**
 * Completes a playbook step with its accepted form values: the person becomes a party, the values
 * go sealed onto the timeline, the review step closes the case, and the playbook moves on.
 */
@Dependent
public class StepCompletion {

  @Inject CaseRepository cases;
  @Inject Workflow workflow;

  /** {@code party}: the account completing the step, or null for seeded demo data. */
  void complete(
      CaseFile c,
      StepTask task,
      String actor,
      AccountRef party,
      Map<String, String> accepted,
      Instant at) {
    if (party != null) {
      cases.addParty(
          new CaseParty(c.getId(), party.id(), party.username(), How.COMPLETED, null, at));
    }
    JsonObjectBuilder json = Json.createObjectBuilder();
    accepted.forEach(json::add);
    cases.addEvent(
        new CaseEvent(
            c,
            at,
            actor,
            CaseEventKind.STEP_COMPLETED,
            task.step(),
            task.name(),
            json.build().toString()));
    if (Playbooks.closes(accepted)) {
      c.close(
          accepted.get(Playbooks.OUTCOME),
          RootCause.valueOf(accepted.get(Playbooks.ROOT_CAUSE)),
          at);
    }
    workflow.complete(task.id(), actor);
  }
}
