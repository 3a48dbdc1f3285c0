package io.linchpin.it;

import io.linchpin.casework.domain.CaseFile;
import io.linchpin.casework.domain.CaseOrigin;
import io.linchpin.casework.domain.CaseRepository;
import io.linchpin.casework.domain.CaseSla;
import io.linchpin.casework.domain.CaseType;
import io.linchpin.casework.domain.Confidentiality;
import io.linchpin.casework.domain.Playbooks;
import io.linchpin.casework.domain.Severity;
import io.linchpin.casework.domain.Workflow;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.RollbackException;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Deployed only by {@link CaseTransactionsIT}, inside the EAR: starts a case and its playbook in a
 * transaction the test decides how to end (commit, rollback, or a timeout before commit), so the
 * test can look at what the database keeps.
 */
@WebServlet("/case")
public class TransactionProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject CaseRepository cases;
  @Inject Workflow workflow;
  @Resource UserTransaction tx;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String end = req.getParameter("end");
    String reference = req.getParameter("reference");
    String outcome;
    String instance = null;
    try {
      if ("timeout".equals(end)) {
        tx.setTransactionTimeout(2);
      }
      tx.begin();
      Instant now = Instant.now();
      CaseFile c =
          new CaseFile(
              reference,
              CaseType.DEBT_COLLECTION,
              Long.parseLong(req.getParameter("employeeId")),
              req.getParameter("subject"),
              CaseOrigin.MANUAL,
              null,
              Severity.MEDIUM,
              Confidentiality.NORMAL,
              "transaction probe",
              now,
              "probe",
              now.plus(Duration.ofDays(2)));
      cases.add(c);
      Workflow.Started started =
          workflow.start(CaseType.DEBT_COLLECTION, c.getId(), reference, timers());
      instance = started.instanceId();
      c.startedAs(instance, started.version());
      switch (end) {
        case "commit" -> {
          tx.commit();
          outcome = "committed";
        }
        case "rollback" -> {
          tx.rollback();
          outcome = "rolled back";
        }
        default -> {
          Thread.sleep(4000);
          try {
            tx.commit();
            outcome = "committed";
          } catch (RollbackException e) {
            outcome = "rolled back";
          }
        }
      }
    } catch (Exception e) {
      throw new IOException(e);
    } finally {
      try {
        tx.setTransactionTimeout(0);
      } catch (Exception e) {
        throw new IOException(e);
      }
    }
    resp.setContentType("application/json");
    resp.getWriter().write("{\"outcome\":\"" + outcome + "\",\"instance\":\"" + instance + "\"}");
  }

  private static Map<String, String> timers() {
    Map<String, String> timers = new HashMap<>();
    List<String> steps = new ArrayList<>(Playbooks.timedSteps(CaseType.DEBT_COLLECTION));
    steps.add(CaseSla.WHOLE_CASE);
    for (String step : steps) {
      timers.put("sla_" + step, "PT1H");
      timers.put("remind_" + step, "PT30M");
    }
    return timers;
  }
}
