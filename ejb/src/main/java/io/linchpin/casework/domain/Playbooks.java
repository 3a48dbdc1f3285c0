package io.linchpin.casework.domain;

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

  /** The fields whose values close a case when a step records them. */
  public static final String OUTCOME = "outcome";

  public static final String ROOT_CAUSE = "rootCause";

  private static final List<String> RISK = List.of("LOW", "MEDIUM", "HIGH");

  private static final List<String> DEBT_CAUSES =
      names(
          RootCause.FAMILY_EMERGENCY,
          RootCause.MEDICAL,
          RootCause.INVESTMENT_LOSS,
          RootCause.GAMBLING,
          RootCause.CONSUMER_DEBT,
          RootCause.BUSINESS_FAILURE,
          RootCause.OTHER);

  private static final List<String> RETENTION_CAUSES =
      names(
          RootCause.COMPENSATION,
          RootCause.CAREER,
          RootCause.MANAGEMENT,
          RootCause.WORKLOAD,
          RootCause.FAMILY_EMERGENCY,
          RootCause.RELOCATION,
          RootCause.OTHER);

  private static final Map<String, StepForm> FORMS =
      Map.ofEntries(
          Map.entry(
              "hrConversation",
              new StepForm(
                  List.of(
                      FormField.yesNo("employeeReached", true, "Spoke with the employee in person"),
                      FormField.yesNo(
                          "wellbeingChecked", true, "Asked how they and their family are"),
                      FormField.yesNo(
                          "supportExplained", true, "Explained the support the company offers"),
                      FormField.yesNo(
                          "nextStepsAgreed", true, "Agreed the next steps and when to talk again"),
                      FormField.text("situation", true, "What the employee told us"),
                      FormField.text("supportNeeded", false, "Support the employee asked for")))),
          Map.entry(
              "legalAssessment",
              new StepForm(
                  List.of(
                      FormField.yesNo("harassment", true, "The collector's conduct is harassment"),
                      FormField.yesNo(
                          "companyDataAtRisk", true, "Company data or systems are at risk"),
                      FormField.choice("legalRisk", true, "Legal risk to the company", RISK),
                      FormField.text("assessment", true, "Assessment and advice")))),
          Map.entry(
              "continuityPlan",
              new StepForm(
                  List.of(
                      FormField.text("coveredBy", true, "Who covers the employee's clients now"),
                      FormField.text("plan", true, "Continuity plan")))),
          Map.entry(
              "interventionPlan",
              new StepForm(
                  List.of(
                      FormField.text("interventions", true, "Interventions agreed"),
                      FormField.text("owner", true, "Who follows them up")))),
          Map.entry(REVIEW_AND_CLOSE, closing("Outcome", DEBT_CAUSES)),
          Map.entry(
              "noticeToEmployee",
              new StepForm(
                  List.of(
                      FormField.text("finding", true, "The finding, as told to the employee"),
                      FormField.yesNo("noticeDelivered", true, "Notice delivered in writing"),
                      FormField.text("deliveredHow", false, "How and when it was delivered")))),
          Map.entry(
              "employeeResponse",
              new StepForm(
                  List.of(
                      FormField.yesNo("disputes", true, "The employee disputes the finding"),
                      FormField.text("response", true, "What the employee said")))),
          Map.entry(
              "decision",
              new StepForm(
                  List.of(
                      FormField.choice(
                          "decision",
                          true,
                          "Decision",
                          List.of(
                              "NO_ACTION", "SUPPORT_PLAN", "ROLE_CHANGE", "TERMINATION_REVIEW")),
                      FormField.text("rationale", true, "Rationale")))),
          Map.entry(
              "finalNotice",
              new StepForm(
                  List.of(
                      FormField.yesNo("noticeDelivered", true, "Final notice delivered in writing"),
                      FormField.text(OUTCOME, true, "Outcome"),
                      FormField.choice(ROOT_CAUSE, true, "Root cause", DEBT_CAUSES)))),
          Map.entry(
              "retentionConversation",
              new StepForm(
                  List.of(
                      FormField.text("reasons", true, "Why the employee may leave"),
                      FormField.text("offer", false, "What the company offered"),
                      FormField.choice(
                          "stance",
                          true,
                          "Where they stand",
                          List.of("STAYING", "UNDECIDED", "LEAVING"))))),
          Map.entry(
              "successorShadowing",
              new StepForm(
                  List.of(
                      FormField.text("successor", true, "Successor"),
                      FormField.text("plan", true, "Shadowing plan")))),
          Map.entry(
              "customerTransitionPlan",
              new StepForm(
                  List.of(
                      FormField.text("customers", true, "Customers and who takes each over"),
                      FormField.text("plan", true, "Transition plan")))),
          Map.entry(
              "retentionReview",
              closing("Outcome (stays, leaves, what was done)", RETENTION_CAUSES)));

  private static StepForm closing(String outcomeLabel, List<String> causes) {
    return new StepForm(
        List.of(
            FormField.text(OUTCOME, true, outcomeLabel),
            FormField.choice(ROOT_CAUSE, true, "Root cause", causes)));
  }

  private static List<String> names(RootCause... causes) {
    return Arrays.stream(causes).map(Enum::name).toList();
  }

  private Playbooks() {}

  public static StepForm form(String step) {
    return FORMS.getOrDefault(step, StepForm.COMMENT_ONLY);
  }

  /**
   * The steps with an SLA of their own in a playbook, in order ({@code responseWindow} is the
   * adverse-finding playbook's response window).
   */
  public static List<String> timedSteps(CaseType type) {
    return switch (type) {
      case DEBT_COLLECTION ->
          List.of(
              "hrConversation",
              "legalAssessment",
              "continuityPlan",
              "interventionPlan",
              REVIEW_AND_CLOSE);
      case ADVERSE_FINDING ->
          List.of("noticeToEmployee", "responseWindow", "decision", "finalNotice");
      case RETENTION_RISK ->
          List.of(
              "retentionConversation",
              "successorShadowing",
              "customerTransitionPlan",
              "retentionReview");
    };
  }

  /** Whether completing a step with these values closes its case. */
  public static boolean closes(Map<String, String> accepted) {
    return accepted.containsKey(OUTCOME) && accepted.containsKey(ROOT_CAUSE);
  }
}
