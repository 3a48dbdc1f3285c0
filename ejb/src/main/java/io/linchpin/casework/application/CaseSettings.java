package io.linchpin.casework.application;

import java.util.List;

/** The SLA of each playbook step and of whole cases, per case type; changed by HR admins. */
public interface CaseSettings {

  List<SlaView> slas(String caseType);

  /** Replaces the given steps' SLAs; cases opened from now on take them. */
  List<SlaView> changeSlas(String caseType, List<SlaView> changes);

  /** An SLA: ISO-8601 durations, e.g. {@code PT8H} and {@code PT2H}. */
  record SlaView(String step, String sla, String remindBefore) {}
}
