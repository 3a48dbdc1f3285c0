package io.linchpin.casework.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.casework.application.PlaybookService;
import io.linchpin.casework.domain.CaseType;
import io.linchpin.casework.domain.PlaybookPolicy;
import io.linchpin.casework.domain.Workflow;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.NotFoundException;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;

/** Lists, hands out and takes new versions of playbooks; every upload is audited. */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
public class DefaultPlaybookService implements PlaybookService {

  @Inject Workflow workflow;
  @EJB CaseAccess access;
  @EJB AuditLog audit;

  @Override
  public List<PlaybookView> playbooks() {
    return Arrays.stream(CaseType.values())
        .map(
            t ->
                new PlaybookView(
                    t.name(),
                    t.playbook(),
                    workflow.versions(t).stream().map(DefaultPlaybookService::view).toList()))
        .filter(p -> !p.versions().isEmpty())
        .toList();
  }

  @Override
  public byte[] latestBpmn(String caseType) {
    CaseType type = DefaultCaseService.caseType(caseType);
    return workflow
        .latestBpmn(type)
        .orElseThrow(() -> new NotFoundException("Playbook", type.name()));
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public VersionView upload(String caseType, byte[] bpmn) {
    CaseType type = DefaultCaseService.caseType(caseType);
    refuseUnlessAllowed(type, bpmn);
    VersionView deployed = view(workflow.deploy(type, bpmn, access.caller()));
    audit.record(
        AuditOperation.UPDATE,
        "playbook",
        type.playbook() + ":" + deployed.version(),
        List.of("bpmn"),
        null);
    return deployed;
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public void check(String caseType, byte[] bpmn) {
    CaseType type = DefaultCaseService.caseType(caseType);
    refuseUnlessAllowed(type, bpmn);
    workflow.validate(type, bpmn);
  }

  private static void refuseUnlessAllowed(CaseType type, byte[] bpmn) {
    List<FieldViolation> problems = PlaybookPolicy.check(bpmn, type.playbook());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static VersionView view(Workflow.PlaybookVersion v) {
    return new VersionView(v.version(), v.name(), v.source(), v.deployedAt());
  }
}
