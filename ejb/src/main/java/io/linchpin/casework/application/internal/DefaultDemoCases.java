package io.linchpin.casework.application.internal;

import io.linchpin.casework.application.DemoCases;
import io.linchpin.casework.domain.CaseFile;
import io.linchpin.casework.domain.CaseType;
import io.linchpin.casework.domain.Confidentiality;
import io.linchpin.casework.domain.Intervention;
import io.linchpin.casework.domain.InterventionKind;
import io.linchpin.casework.domain.InterventionRepository;
import io.linchpin.casework.domain.InterventionStatus;
import io.linchpin.casework.domain.Playbooks;
import io.linchpin.casework.domain.Repayment;
import io.linchpin.casework.domain.Severity;
import io.linchpin.casework.domain.Workflow;
import io.linchpin.casework.domain.Workflow.StepTask;
import io.linchpin.people.application.AccountRef;
import io.linchpin.people.application.DemoAccounts;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo's cases, worked by the demo logins of the shipped realm; the closed one has a relief
 * loan of 50,000 yuan over 24 months with three repayments made.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DefaultDemoCases implements DemoCases {

  static final String HR_BP = "hr.bp";
  static final String LEGAL = "legal";
  static final String HEAD = "head";

  /**
   * The subjects the demo realm gives these logins (demo/keycloak/linchpin-users-0.json), so that
   * they are the parties of the demo's cases.
   */
  static final Map<String, String> SUBJECTS =
      Map.of(
          HR_BP, "4c1f0000-0000-4000-8000-000000000002",
          LEGAL, "4c1f0000-0000-4000-8000-000000000003",
          HEAD, "4c1f0000-0000-4000-8000-000000000005");

  private static final Map<String, List<String>> ROLES =
      Map.of(
          HR_BP, List.of(Roles.HR_BP),
          LEGAL, List.of(Roles.LEGAL),
          HEAD, List.of(Roles.BUSINESS_HEAD, Roles.EMPLOYEE));

  @EJB DemoAccounts accounts;

  @Inject CaseOpening opening;
  @Inject StepCompletion completion;
  @Inject Workflow workflow;
  @Inject InterventionRepository interventions;

  @Override
  public void seed(Person open, Person closed) {
    CaseFile waiting =
        opening.open(
            CaseType.DEBT_COLLECTION,
            open.id(),
            open.dataSubject(),
            Severity.HIGH,
            Confidentiality.NORMAL,
            "催收公司今天上午三次致电前台，称该员工拖欠网贷，要求公司代为转告；来电态度强硬。",
            null,
            HR_BP,
            party(HR_BP),
            Instant.now());
    complete(waiting, "hrConversation", HR_BP, hrConversation("家人突发重病，住院费用借了网贷，目前无力按期偿还。"));

    CaseFile done =
        opening.open(
            CaseType.DEBT_COLLECTION,
            closed.id(),
            closed.dataSubject(),
            Severity.MEDIUM,
            Confidentiality.NORMAL,
            "催收人员联系了该员工负责的两家客户，客户向销售总监反映。",
            null,
            HR_BP,
            party(HR_BP),
            Instant.now());
    complete(done, "hrConversation", HR_BP, hrConversation("父亲手术借款，已与贷款方协商分期。"));
    complete(
        done,
        "legalAssessment",
        LEGAL,
        values(
            "harassment", "yes",
            "companyDataAtRisk", "no",
            "legalRisk", "MEDIUM",
            "assessment", "联系客户的行为构成骚扰；已向催收方发出律师函，要求停止联系客户。"));
    complete(
        done,
        "continuityPlan",
        HEAD,
        values("coveredBy", "同组资深客户经理", "plan", "两家客户由同组经理陪同拜访一个月，维持关系。"));
    complete(
        done,
        "interventionPlan",
        HR_BP,
        values("interventions", "紧急救助借款 50,000 元，免息，24 个月还清；三个月内减少出差。", "owner", "hr.bp"));
    Instant now = Instant.now();
    Intervention loan =
        new Intervention(
            done,
            UUID.randomUUID().toString(),
            InterventionKind.RELIEF_LOAN,
            HR_BP,
            LocalDate.now().plusMonths(24),
            "{\"amount\":50000,\"months\":24,\"interestFree\":true}",
            now,
            HR_BP);
    interventions.add(loan);
    loan.update(InterventionStatus.IN_PROGRESS, null, null, null, now);
    for (int month = 1; month <= 3; month++) {
      interventions.add(
          new Repayment(
              loan,
              month,
              LocalDate.now().minusMonths(3 - month),
              new BigDecimal("2083.33"),
              now,
              HR_BP));
    }
    complete(
        done,
        Playbooks.REVIEW_AND_CLOSE,
        HR_BP,
        values("outcome", "催收停止，客户关系稳定，员工留任并按月还款。", "rootCause", "FAMILY_EMERGENCY"));
  }

  private static Map<String, String> hrConversation(String situation) {
    return values(
        "employeeReached", "yes",
        "wellbeingChecked", "yes",
        "supportExplained", "yes",
        "nextStepsAgreed", "yes",
        "situation", situation);
  }

  private static Map<String, String> values(String... pairs) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put(pairs[i], pairs[i + 1]);
    }
    return values;
  }

  private void complete(CaseFile c, String step, String actor, Map<String, String> values) {
    List<StepTask> open = workflow.openTasks(c.getProcessInstanceId());
    StepTask task =
        open.stream()
            .filter(t -> t.step().equals(step))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("the demo case has no step " + step));
    completion.complete(c, task, actor, party(actor), values, Instant.now());
  }

  private AccountRef party(String login) {
    return accounts.account(login, SUBJECTS.get(login), ROLES.get(login));
  }
}
