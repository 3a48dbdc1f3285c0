package io.linchpin.web.portal.casework;

import io.linchpin.casework.application.CaseQuery;
import io.linchpin.casework.application.CaseService;
import io.linchpin.casework.application.CaseSummary;
import io.linchpin.casework.application.CaseView;
import io.linchpin.casework.application.OpenCase;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.shared.LinchpinException;
import io.linchpin.web.portal.EmployeePicker;
import io.linchpin.web.portal.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The cases page: a one-minute intake (who, what kind, how serious, what happened), the cases the
 * caller may see, and the chosen case with its open steps and timeline.
 */
@Named("cases")
@ViewScoped
public class CasesBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient CaseService caseService;
  @EJB private transient EmployeeService employees;

  private String type = "DEBT_COLLECTION";
  private String employee;
  private String severity = "MEDIUM";
  private String summary;
  private List<CaseSummary> list = List.of();
  private CaseView selected;
  private String note;

  @PostConstruct
  void load() {
    refresh();
  }

  public void refresh() {
    list = caseService.search(CaseQuery.cases().page(0, 200)).items();
  }

  /** Suggestions for the employee field: number and name of people in the caller's scope. */
  public List<String> suggest(String text) {
    return EmployeePicker.suggest(employees, text);
  }

  public void open() {
    try {
      CaseView opened = caseService.open(new OpenCase(type, employeeId(), severity, null, summary));
      FacesErrors.info("cases.opened", opened.reference());
      selected = opened;
      employee = null;
      summary = null;
      refresh();
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  private Long employeeId() {
    return EmployeePicker.idOf(employees, employee);
  }

  public void select(long id) {
    try {
      selected = caseService.get(id);
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  /** Adds a note to the chosen case's timeline (sealed with the person's key). */
  public void addNote() {
    if (selected == null) {
      return;
    }
    try {
      selected = caseService.addNote(selected.id(), note);
      note = null;
      FacesErrors.info("cases.noted");
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  /** Who works the chosen case, by user name. */
  public String getParties() {
    return selected == null ? "" : String.join(", ", selected.parties());
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public List<CaseSummary> getList() {
    return list;
  }

  public CaseView getSelected() {
    return selected;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getEmployee() {
    return employee;
  }

  public void setEmployee(String employee) {
    this.employee = employee;
  }

  public String getSeverity() {
    return severity;
  }

  public void setSeverity(String severity) {
    this.severity = severity;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public List<String> getTypes() {
    return List.of("DEBT_COLLECTION", "ADVERSE_FINDING", "RETENTION_RISK");
  }

  public List<String> getSeverities() {
    return List.of("LOW", "MEDIUM", "HIGH", "CRITICAL");
  }
}
