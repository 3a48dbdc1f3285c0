package io.linchpin.bench.casework;

import io.linchpin.casework.application.CaseService;
import io.linchpin.casework.application.CaseView;
import io.linchpin.casework.application.OpenCase;
import io.linchpin.casework.application.TaskInbox;
import io.linchpin.casework.application.TaskView;
import io.linchpin.people.application.EmployeeSearch;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.people.application.EmployeeSummary;
import io.linchpin.people.domain.EmployeeCriteria.SortField;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngines;
import org.flowable.task.api.Task;

/**
 * Runs in the server, as the signed-in benchmark user (HR admin, HR business partner, Legal,
 * business head): {@code ?phase=compare&n=10000} opens and completes n debt-collection cases
 * through {@code CaseService} and {@code TaskInbox} and, interleaved in blocks, starts and
 * completes n instances of an equivalent minimal process on the bare engine; {@code
 * ?phase=inbox&n=10000} opens n cases (n open steps) and times the inbox query. Answers JSON.
 */
@WebServlet("/run")
public class CaseworkBenchServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final int BLOCK = 500;
  private static final int WARM_UP = 200;

  /** The same shape as the debt-collection playbook: five steps, two in parallel; no timers. */
  static final String MINIMAL =
      """
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                   xmlns:flowable="http://flowable.org/bpmn" targetNamespace="bench">
        <process id="benchMinimal" isExecutable="true">
          <startEvent id="s"/>
          <sequenceFlow id="f1" sourceRef="s" targetRef="t1"/>
          <userTask id="t1" flowable:candidateGroups="hr-bp"/>
          <sequenceFlow id="f2" sourceRef="t1" targetRef="fork"/>
          <parallelGateway id="fork"/>
          <sequenceFlow id="f3" sourceRef="fork" targetRef="t2"/>
          <sequenceFlow id="f4" sourceRef="fork" targetRef="t3"/>
          <userTask id="t2" flowable:candidateGroups="legal"/>
          <userTask id="t3" flowable:candidateGroups="business-head"/>
          <sequenceFlow id="f5" sourceRef="t2" targetRef="join"/>
          <sequenceFlow id="f6" sourceRef="t3" targetRef="join"/>
          <parallelGateway id="join"/>
          <sequenceFlow id="f7" sourceRef="join" targetRef="t4"/>
          <userTask id="t4" flowable:candidateGroups="hr-bp"/>
          <sequenceFlow id="f8" sourceRef="t4" targetRef="t5"/>
          <userTask id="t5" flowable:candidateGroups="hr-bp"/>
          <sequenceFlow id="f9" sourceRef="t5" targetRef="e"/>
          <endEvent id="e"/>
        </process>
      </definitions>
      """;

  private static final Map<String, Map<String, Object>> VALUES =
      Map.of(
          "hrConversation",
          Map.of(
              "employeeReached", true,
              "wellbeingChecked", true,
              "supportExplained", true,
              "nextStepsAgreed", true,
              "situation", "基准测试：家人重病借款"),
          "legalAssessment",
          Map.of(
              "harassment",
              true,
              "companyDataAtRisk",
              false,
              "legalRisk",
              "LOW",
              "assessment",
              "基准测试"),
          "continuityPlan",
          Map.of("coveredBy", "同事", "plan", "基准测试"),
          "interventionPlan",
          Map.of("interventions", "基准测试", "owner", "bench"),
          "reviewAndClose",
          Map.of("outcome", "基准测试", "rootCause", "OTHER"));

  /** The debt-collection playbook's timer variables, as a case with the default SLAs has them. */
  private static final Map<String, Object> TIMERS = timers();

  @EJB CaseService cases;
  @EJB TaskInbox inbox;
  @EJB EmployeeService employees;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    int n = Integer.parseInt(req.getParameter("n"));
    List<Long> people =
        employees
            .search(
                new EmployeeSearch(
                    null, null, null, null, null, SortField.EMPLOYEE_NUMBER, false, 0, 200))
            .items()
            .stream()
            .map(EmployeeSummary::id)
            .toList();
    String json =
        "inbox".equals(req.getParameter("phase")) ? inboxPhase(n, people) : compare(n, people);
    resp.setContentType("application/json");
    resp.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
  }

  private String compare(int n, List<Long> people) {
    ProcessEngine engine = ProcessEngines.getProcessEngine("linchpin");
    engine
        .getRepositoryService()
        .createDeployment()
        .name("bench-minimal")
        .addString("benchMinimal.bpmn20.xml", MINIMAL)
        .enableDuplicateFiltering()
        .deploy();
    viaService(WARM_UP, people, 0);
    onEngine(engine, "debtCollection", WARM_UP);
    onEngine(engine, "benchMinimal", WARM_UP);
    long service = 0;
    long samePlaybook = 0;
    long minimal = 0;
    for (int done = 0; done < n; done += BLOCK) {
      int block = Math.min(BLOCK, n - done);
      long t0 = System.nanoTime();
      viaService(block, people, done);
      long t1 = System.nanoTime();
      onEngine(engine, "debtCollection", block);
      long t2 = System.nanoTime();
      onEngine(engine, "benchMinimal", block);
      long t3 = System.nanoTime();
      service += t1 - t0;
      samePlaybook += t2 - t1;
      minimal += t3 - t2;
    }
    double serviceRate = n / (service / 1e9);
    double playbookRate = n / (samePlaybook / 1e9);
    double minimalRate = n / (minimal / 1e9);
    return String.format(
        java.util.Locale.ROOT,
        "{\"cases\":%d,\"serviceCasesPerSecond\":%.1f,"
            + "\"bareSamePlaybookCasesPerSecond\":%.1f,\"bareMinimalCasesPerSecond\":%.1f,"
            + "\"ratioToSamePlaybook\":%.3f,\"ratioToMinimal\":%.3f,"
            + "\"seconds\":[%.1f,%.1f,%.1f]}",
        n,
        serviceRate,
        playbookRate,
        minimalRate,
        serviceRate / playbookRate,
        serviceRate / minimalRate,
        service / 1e9,
        samePlaybook / 1e9,
        minimal / 1e9);
  }

  /** Opens and completes cases through the services, each call its own transaction. */
  private void viaService(int count, List<Long> people, int offset) {
    for (int i = 0; i < count; i++) {
      CaseView c =
          cases.open(
              new OpenCase(
                  "DEBT_COLLECTION",
                  people.get((offset + i) % people.size()),
                  "MEDIUM",
                  null,
                  "基准测试案件"));
      while (!c.openSteps().isEmpty()) {
        TaskView step = c.openSteps().get(0);
        c = inbox.complete(step.id(), VALUES.get(step.step()));
      }
    }
  }

  /**
   * Starts and completes instances of a process on the bare engine, each call its own transaction;
   * the shipped playbook gets the same timer durations a case gets.
   */
  private static void onEngine(ProcessEngine engine, String key, int count) {
    for (int i = 0; i < count; i++) {
      String instance = engine.getRuntimeService().startProcessInstanceByKey(key, TIMERS).getId();
      List<Task> open;
      while (!(open = engine.getTaskService().createTaskQuery().processInstanceId(instance).list())
          .isEmpty()) {
        engine.getTaskService().complete(open.get(0).getId());
      }
    }
  }

  private static Map<String, Object> timers() {
    Map<String, Object> timers = new java.util.HashMap<>();
    for (String step :
        List.of(
            "hrConversation",
            "legalAssessment",
            "continuityPlan",
            "interventionPlan",
            "reviewAndClose",
            "CASE")) {
      timers.put("sla_" + step, "PT16H");
      timers.put("remind_" + step, "PT12H");
    }
    return timers;
  }

  private String inboxPhase(int n, List<Long> people) {
    for (int i = 0; i < n; i++) {
      cases.open(
          new OpenCase(
              "DEBT_COLLECTION", people.get(i % people.size()), "MEDIUM", null, "基准测试收件箱"));
    }
    for (int i = 0; i < 20; i++) {
      inbox.inbox(null);
    }
    int queries = 200;
    long[] ms = new long[queries];
    int size = 0;
    for (int i = 0; i < queries; i++) {
      long t0 = System.nanoTime();
      size = inbox.inbox(null).size();
      ms[i] = System.nanoTime() - t0;
    }
    Arrays.sort(ms);
    List<String> parts = new ArrayList<>();
    parts.add("\"openCasesAdded\":" + n);
    parts.add("\"inboxSize\":" + size);
    parts.add(String.format(java.util.Locale.ROOT, "\"p50Ms\":%.1f", ms[queries / 2] / 1e6));
    parts.add(String.format(java.util.Locale.ROOT, "\"p95Ms\":%.1f", ms[queries * 95 / 100] / 1e6));
    parts.add(String.format(java.util.Locale.ROOT, "\"maxMs\":%.1f", ms[queries - 1] / 1e6));
    return "{" + String.join(",", parts) + "}";
  }
}
