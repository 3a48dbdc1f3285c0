package io.linchpin.web.portal.me;

import io.linchpin.monitoring.application.ExplanationService;
import io.linchpin.monitoring.application.ExplanationService.ExplanationView;
import io.linchpin.shared.LinchpinException;
import io.linchpin.web.portal.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * "Explain my data": the signed-in person asks HR to explain the alerts and risk score Linchpin
 * holds about them, and reads the answers with the explanation drawn from the stored evidence.
 */
@Named("myExplanations")
@ViewScoped
public class MyExplanationsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient ExplanationService explanations;

  private List<ExplanationView> list = List.of();
  private String problem;
  private String question;

  @PostConstruct
  void load() {
    try {
      list = explanations.mine();
      problem = null;
    } catch (LinchpinException e) {
      list = List.of();
      problem = e.getMessage();
    }
  }

  public void ask() {
    try {
      explanations.ask(question);
      question = null;
      FacesErrors.info("myExplanations.asked");
      load();
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  public List<ExplanationView> getList() {
    return list;
  }

  public String getProblem() {
    return problem;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }
}
