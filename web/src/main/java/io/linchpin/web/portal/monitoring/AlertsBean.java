package io.linchpin.web.portal.monitoring;

import io.linchpin.monitoring.application.AlertService;
import io.linchpin.monitoring.application.AlertService.AlertView;
import io.linchpin.monitoring.application.AlertService.NoticeView;
import io.linchpin.monitoring.application.AlertService.RiskView;
import io.linchpin.monitoring.application.ExplanationService;
import io.linchpin.monitoring.application.ExplanationService.ExplanationView;
import io.linchpin.shared.LinchpinException;
import io.linchpin.web.portal.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.Serializable;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * The alerts page (HR): the newest alerts in the caller's reach, one opened with its evidence and
 * the person's risk score; triage, dismiss with a reason, or open a case. Every alert is advisory.
 */
@Named("alerts")
@ViewScoped
public class AlertsBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int NOTICES = 10;
  private static final JsonWriterFactory PRETTY =
      Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  @EJB private transient AlertService alerts;
  @EJB private transient ExplanationService explanations;

  private String status = "NEW";
  private List<AlertView> list = List.of();
  private AlertView selected;
  private RiskView risk;
  private String reason;
  private String caseType = "DEBT_COLLECTION";
  private List<NoticeView> notices = List.of();
  private List<ExplanationView> requests = List.of();
  private ExplanationView request;
  private String answer;

  @PostConstruct
  void load() {
    search();
    try {
      notices = alerts.notices(NOTICES);
      requests = explanations.open();
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  /** Opens a person's request for an explanation, with the explanation drawn now. */
  public void openRequest(long id) {
    try {
      request = explanations.request(id);
      answer = null;
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  public void answerRequest() {
    if (request == null) {
      return;
    }
    try {
      explanations.answer(request.id(), answer);
      FacesErrors.info("alerts.answered");
      request = null;
      answer = null;
      requests = explanations.open();
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  public List<ExplanationView> getRequests() {
    return requests;
  }

  public ExplanationView getRequest() {
    return request;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public List<NoticeView> getNotices() {
    return notices;
  }

  public void search() {
    try {
      list = alerts.alerts(status == null || status.isBlank() ? null : status);
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  public void open(long id) {
    try {
      selected = alerts.alert(id);
      risk = alerts.risk(selected.employee().id());
      reason = null;
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  public void triage() {
    act(() -> selected = alerts.triage(selected.id()), "alerts.triaged");
  }

  public void dismiss() {
    act(() -> selected = alerts.dismiss(selected.id(), reason), "alerts.dismissed");
  }

  public void openCase() {
    act(() -> selected = alerts.openCase(selected.id(), caseType, null), "alerts.caseOpened");
  }

  private void act(Runnable action, String message) {
    if (selected == null) {
      return;
    }
    try {
      action.run();
      FacesErrors.info(message);
      long id = selected.id();
      search();
      open(id);
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  /** The selected alert's evidence, indented for reading. */
  public String getEvidence() {
    if (selected == null || selected.evidence() == null) {
      return null;
    }
    StringWriter out = new StringWriter();
    try (JsonReader reader = Json.createReader(new StringReader(selected.evidence()));
        JsonWriter writer = PRETTY.createWriter(out)) {
      writer.write(reader.readValue());
    }
    return out.toString().strip();
  }

  public List<String> getStatuses() {
    return List.of("NEW", "TRIAGED", "CASE_OPENED", "DISMISSED");
  }

  public List<String> getCaseTypes() {
    return List.of("DEBT_COLLECTION", "ADVERSE_FINDING", "RETENTION_RISK");
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public List<AlertView> getList() {
    return list;
  }

  public AlertView getSelected() {
    return selected;
  }

  public RiskView getRisk() {
    return risk;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getCaseType() {
    return caseType;
  }

  public void setCaseType(String caseType) {
    this.caseType = caseType;
  }
}
