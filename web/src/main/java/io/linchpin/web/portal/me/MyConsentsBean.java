package io.linchpin.web.portal.me;

import io.linchpin.screening.application.ConsentService;
import io.linchpin.screening.application.ConsentService.ConsentView;
import io.linchpin.shared.LinchpinException;
import io.linchpin.web.portal.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * "My consents": every consent asked of the signed-in person or given by them, with the statement
 * they were shown; they give or refuse what is asked and withdraw what they gave.
 */
@Named("myConsents")
@ViewScoped
public class MyConsentsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient ConsentService consents;

  private List<ConsentView> list = List.of();
  private String problem;
  private Long confirming;

  @PostConstruct
  void load() {
    try {
      list = consents.mine();
      problem = null;
    } catch (LinchpinException e) {
      list = List.of();
      problem = e.getMessage();
    }
  }

  public void give(long id) {
    act(() -> consents.answer(id, true), "myConsents.given");
  }

  public void refuse(long id) {
    act(() -> consents.answer(id, false), "myConsents.refused");
  }

  /** First step of a withdrawal: the page asks to confirm it. */
  public void askWithdraw(long id) {
    confirming = id;
  }

  public void cancel() {
    confirming = null;
  }

  public void withdraw(long id) {
    confirming = null;
    act(() -> consents.withdraw(id, null), "myConsents.withdrawn");
  }

  /** The consent whose withdrawal waits for confirmation, or null. */
  public Long getConfirming() {
    return confirming;
  }

  private void act(Runnable action, String message) {
    try {
      action.run();
      FacesErrors.info(message);
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
    load();
  }

  public List<ConsentView> getList() {
    return list;
  }

  /** Why the list cannot be shown (the account is not linked to an employee record), or null. */
  public String getProblem() {
    return problem;
  }
}
