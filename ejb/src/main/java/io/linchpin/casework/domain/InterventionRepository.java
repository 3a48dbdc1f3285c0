package io.linchpin.casework.domain;

import java.util.List;
import java.util.Optional;

/** Interventions, their repayments and the casework policy. */
public interface InterventionRepository {

  void add(Intervention intervention);

  List<Intervention> ofCase(long caseId);

  Optional<Intervention> find(long caseId, long id);

  void add(Repayment repayment);

  List<Repayment> repayments(Intervention intervention);

  Optional<CasePolicy> policy(String name);
}
