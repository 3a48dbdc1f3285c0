package io.linchpin.casework.application.internal;

import io.linchpin.casework.domain.CaseEvent;
import io.linchpin.casework.domain.CaseEventKind;
import io.linchpin.casework.domain.CaseFile;
import io.linchpin.casework.domain.CaseOrigin;
import io.linchpin.casework.domain.CaseParty;
import io.linchpin.casework.domain.CaseParty.How;
import io.linchpin.casework.domain.CaseRepository;
import io.linchpin.casework.domain.CaseSla;
import io.linchpin.casework.domain.CaseType;
import io.linchpin.casework.domain.Confidentiality;
import io.linchpin.casework.domain.Playbooks;
import io.linchpin.casework.domain.Severity;
import io.linchpin.casework.domain.Workflow;
import io.linchpin.people.application.AccountRef;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Opens a validated case: gives it a reference, takes the SLAs in force for its type, stores it
 * with its opener as a party, and starts its playbook in the same transaction.
 */
@Dependent
public class CaseOpening {

  /** SLA used for a timed step that has none configured. */
  static final Duration DEFAULT_SLA = Duration.ofHours(24);

  /** Crockford's base 32: no I, L, O, U to misread. */
  private static final String REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  @Inject CaseRepository cases;
  @Inject Workflow workflow;

  private final SecureRandom random = new SecureRandom();

  CaseFile open(
      CaseType type,
      long employeeId,
      String dataSubject,
      Severity severity,
      Confidentiality confidentiality,
      String summary,
      String alertRef,
      String actor,
      AccountRef party,
      Instant now) {
    Map<String, String> timers = timers(type);
    CaseFile c =
        new CaseFile(
            newReference(now),
            type,
            employeeId,
            dataSubject,
            alertRef == null ? CaseOrigin.MANUAL : CaseOrigin.ALERT,
            alertRef,
            severity,
            confidentiality,
            summary,
            now,
            actor,
            now.plus(Duration.parse(timers.get("sla_" + CaseSla.WHOLE_CASE))));
    cases.add(c);
    if (party != null) {
      cases.addParty(new CaseParty(c.getId(), party.id(), party.username(), How.OPENED, null, now));
    }
    cases.addEvent(new CaseEvent(c, now, actor, CaseEventKind.OPENED, null, null, null));
    Workflow.Started started = workflow.start(type, c.getId(), c.getReference(), timers);
    c.startedAs(started.instanceId(), started.version());
    return c;
  }

  /** The playbook's timer durations: {@code sla_<step>} and {@code remind_<step>}. */
  private Map<String, String> timers(CaseType type) {
    Map<String, CaseSla> slas =
        cases.slas(type).stream().collect(Collectors.toMap(CaseSla::getStep, Function.identity()));
    Map<String, String> timers = new HashMap<>();
    List<String> timed = new ArrayList<>(Playbooks.timedSteps(type));
    timed.add(CaseSla.WHOLE_CASE);
    for (String step : timed) {
      CaseSla sla =
          slas.getOrDefault(step, new CaseSla(type, step, DEFAULT_SLA, DEFAULT_SLA.dividedBy(4)));
      timers.put("sla_" + step, sla.sla().toString());
      timers.put("remind_" + step, sla.remindAfter().toString());
    }
    return timers;
  }

  private String newReference(Instant now) {
    int year = now.atZone(ZoneId.systemDefault()).getYear();
    while (true) {
      StringBuilder ref = new StringBuilder("C").append(year).append('-');
      for (int i = 0; i < 6; i++) {
        ref.append(REFERENCE_ALPHABET.charAt(random.nextInt(REFERENCE_ALPHABET.length())));
      }
      if (!cases.referenceTaken(ref.toString())) {
        return ref.toString();
      }
    }
  }
}
