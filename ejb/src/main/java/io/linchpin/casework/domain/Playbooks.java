package io.linchpin.casework.domain;

import io.linchpin.shared.Roles;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The forms of the shipped playbooks' steps, by step key. A step keeps its form in every version of
 * its playbook; a step a new version adds takes a comment only.
 */
public final class Playbooks {

  /** The step of the debt-collection playbook that closes the case with outcome and root cause. */
  public static final String REVIEW_AND_CLOSE = "reviewAndClose";

  private static final List<String> RISK = List.of("LOW", "MEDIUM", "HIGH");

  private static final Map<String, StepForm> FORMS =
      Map.of(
          "hrConversation",
          new StepForm(
              List.of(
                  FormField.yesNo("employeeReached", true, "Spoke with the employee in person"),
                  FormField.yesNo("wellbeingChecked", true, "Asked how they and their family are"),
                  FormField.yesNo(
                      "supportExplained", true, "Explained the support the company offers"),
                  FormField.yesNo(
                      "nextStepsAgreed", true, "Agreed the next steps and when to talk again"),
                  FormField.text("situation", true, "What the employee told us"),
                  FormField.text("supportNeeded", false, "Support the employee asked for"))),
          "legalAssessment",
          new StepForm(
              List.of(
                  FormField.yesNo("harassment", true, "The collector's conduct is harassment"),
                  FormField.yesNo("companyDataAtRisk", true, "Company data or systems are at risk"),
                  FormField.choice("legalRisk", true, "Legal risk to the company", RISK),
                  FormField.text("assessment", true, "Assessment and advice"))),
          "continuityPlan",
          new StepForm(
              List.of(
                  FormField.text("coveredBy", true, "Who covers the employee's clients now"),
                  FormField.text("plan", true, "Continuity plan"))),
          "interventionPlan",
          new StepForm(
              List.of(
                  FormField.text("interventions", true, "Interventions agreed"),
                  FormField.text("owner", true, "Who follows them up"))),
          REVIEW_AND_CLOSE,
          new StepForm(
              List.of(
                  FormField.text("outcome", true, "Outcome"),
                  FormField.choice(
                      "rootCause",
                      true,
                      "Root cause",
                      Arrays.stream(RootCause.values()).map(Enum::name).toList()))));

  /** Who works each step of the shipped playbooks (the step's candidate role). */
  public static final Map<String, String> ROLES =
      Map.of(
          "hrConversation",
          Roles.HR_BP,
          "legalAssessment",
          Roles.LEGAL,
          "continuityPlan",
          Roles.BUSINESS_HEAD,
          "interventionPlan",
          Roles.HR_BP,
          REVIEW_AND_CLOSE,
          Roles.HR_BP);

  private Playbooks() {}

  public static StepForm form(String step) {
    return FORMS.getOrDefault(step, StepForm.COMMENT_ONLY);
  }

  /** The steps with an SLA of their own in a playbook, in order. */
  public static List<String> timedSteps(CaseType type) {
    return type == CaseType.DEBT_COLLECTION
        ? List.of(
            "hrConversation",
            "legalAssessment",
            "continuityPlan",
            "interventionPlan",
            REVIEW_AND_CLOSE)
        : List.of();
  }
}
