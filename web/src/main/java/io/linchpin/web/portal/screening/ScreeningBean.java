package io.linchpin.web.portal.screening;

import io.linchpin.people.application.EmployeeService;
import io.linchpin.screening.application.ConsentService;
import io.linchpin.screening.application.ConsentService.ConsentView;
import io.linchpin.screening.application.ConsentService.RequestConsent;
import io.linchpin.screening.application.ScreeningService;
import io.linchpin.screening.application.ScreeningService.CheckView;
import io.linchpin.screening.application.ScreeningService.DropView;
import io.linchpin.screening.application.ScreeningService.FindingView;
import io.linchpin.screening.application.ScreeningService.SourceView;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.LinchpinException;
import io.linchpin.shared.Roles;
import io.linchpin.web.portal.EmployeePicker;
import io.linchpin.web.portal.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The screening page (HR): pick a person, see their consents, ask for one, run a check under it,
 * and — on purpose, audited — read what checks found. HR admins also see the configured sources and
 * the files taken in from the inbox.
 */
@Named("screening")
@ViewScoped
public class ScreeningBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient ScreeningService screening;
  @EJB private transient ConsentService consents;
  @EJB private transient EmployeeService employees;

  private String employee;
  private Long employeeId;
  private List<ConsentView> consentList = List.of();
  private List<CheckView> checkList = List.of();
  private List<FindingView> findings;
  private List<SourceView> sources = List.of();
  private List<DropView> drops = List.of();
  private String category = "CREDIT_REPORT";
  private String purpose = "IN_SERVICE";
  private LocalDate validUntil;
  private String source;
  private String findingsPurpose;

  @PostConstruct
  void load() {
    if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.HR_ADMIN)) {
      try {
        sources = screening.sources();
        drops = screening.drops();
      } catch (LinchpinException e) {
        FacesErrors.show(e);
      }
    }
  }

  public List<String> suggest(String text) {
    return EmployeePicker.suggest(employees, text);
  }

  public void open() {
    employeeId = EmployeePicker.idOf(employees, employee);
    findings = null;
    refresh();
  }

  private void refresh() {
    consentList = List.of();
    checkList = List.of();
    if (employeeId == null) {
      return;
    }
    try {
      consentList = consents.consents(employeeId);
      checkList = screening.checks(employeeId);
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  public void askConsent() {
    if (!picked()) {
      return;
    }
    try {
      ConsentView asked =
          consents.request(
              employeeId, new RequestConsent(category, purpose, null, null, validUntil));
      FacesErrors.info("screening.asked", asked.id());
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
    refresh();
  }

  public void check() {
    if (!picked()) {
      return;
    }
    try {
      CheckView done =
          screening.check(
              employeeId, category, purpose, source == null || source.isBlank() ? null : source);
      FacesErrors.info("screening.checked", done.source(), done.found(), done.added());
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
    refresh();
  }

  /** Opens the findings; the read is audited with the purpose given. */
  public void showFindings() {
    if (!picked()) {
      return;
    }
    if (findingsPurpose == null || findingsPurpose.isBlank()) {
      FacesErrors.show(
          new InvalidInputException(
              "purpose", "say why you read the findings (e.g. a case number)"));
      return;
    }
    try {
      findings = screening.findings(employeeId, findingsPurpose.strip());
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  private boolean picked() {
    if (employeeId == null || employeeId < 0) {
      FacesErrors.show(new InvalidInputException("employee", "pick a person first"));
      return false;
    }
    return true;
  }

  public List<String> getCategories() {
    return List.of("CREDIT_REPORT", "COURT_RECORDS", "DISHONEST_DEBTOR", "SOCIAL_INSURANCE");
  }

  public List<String> getPurposes() {
    return List.of("IN_SERVICE", "PRE_HIRE");
  }

  public String getEmployee() {
    return employee;
  }

  public void setEmployee(String employee) {
    this.employee = employee;
  }

  public Long getEmployeeId() {
    return employeeId;
  }

  public List<ConsentView> getConsentList() {
    return consentList;
  }

  public List<CheckView> getCheckList() {
    return checkList;
  }

  public List<FindingView> getFindings() {
    return findings;
  }

  public List<SourceView> getSources() {
    return sources;
  }

  public List<DropView> getDrops() {
    return drops;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(LocalDate validUntil) {
    this.validUntil = validUntil;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getFindingsPurpose() {
    return findingsPurpose;
  }

  public void setFindingsPurpose(String findingsPurpose) {
    this.findingsPurpose = findingsPurpose;
  }
}
