package io.linchpin.web.portal.corerole;

import io.linchpin.corerole.application.CoreRoleService;
import io.linchpin.corerole.application.CoreRoleService.Assess;
import io.linchpin.corerole.application.CoreRoleService.AssessmentView;
import io.linchpin.corerole.application.CoreRoleService.ChangeModel;
import io.linchpin.corerole.application.CoreRoleService.CriterionView;
import io.linchpin.corerole.application.CoreRoleService.HeatMap;
import io.linchpin.corerole.application.CoreRoleService.ModelView;
import io.linchpin.corerole.application.CoreRoleService.RatingInput;
import io.linchpin.corerole.application.CoreRoleService.RegistryEntry;
import io.linchpin.corerole.application.CoreRoleService.RegistryQuery;
import io.linchpin.corerole.application.ImpactService;
import io.linchpin.corerole.application.ImpactService.ImpactView;
import io.linchpin.corerole.application.SuccessionService;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.people.application.OrgStructureService;
import io.linchpin.people.application.OrgUnitView;
import io.linchpin.shared.LinchpinException;
import io.linchpin.shared.Roles;
import io.linchpin.web.portal.EmployeePicker;
import io.linchpin.web.portal.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The registry page: who is hard to do without in the caller's reach, filtered by org unit,
 * dimension and score; a heat map of criticality by org unit; a person's assessment with its
 * evidence and history; for HR, a new assessment; for HR admins, the scoring model.
 */
@Named("registry")
@ViewScoped
public class RegistryBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient CoreRoleService coreRoles;
  @EJB private transient EmployeeService employees;
  @EJB private transient OrgStructureService org;
  @EJB private transient ImpactService impacts;
  @EJB private transient SuccessionService successions;

  private Long orgUnitId;
  private String dimension;
  private BigDecimal minScore;
  private boolean coreOnly;
  private List<RegistryEntry> list = List.of();
  private long total;
  private HeatMap heatMap;
  private List<OrgUnitView> units = List.of();
  private AssessmentView selected;
  private List<AssessmentView> history = List.of();
  private ImpactView impact;
  private ImpactService.Portfolio portfolio;
  private SuccessionService.Succession succession;
  private String candidate;
  private String readiness = "ONE_TO_TWO_YEARS";
  private List<String> knownCustomers = new ArrayList<>();

  private String employee;
  private List<RatingRow> ratings = new ArrayList<>();
  private String note;

  private ModelView model;
  private Integer weightResource;
  private Integer weightExperience;
  private Integer weightCost;
  private Integer threshold;
  private String reason;

  /** One criterion on the assessment form. */
  public static final class RatingRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String criterion;
    private final String dimension;
    private Integer rating;
    private String evidence;

    RatingRow(String criterion, String dimension) {
      this.criterion = criterion;
      this.dimension = dimension;
    }

    public String getCriterion() {
      return criterion;
    }

    public String getDimension() {
      return dimension;
    }

    public Integer getRating() {
      return rating;
    }

    public void setRating(Integer rating) {
      this.rating = rating;
    }

    public String getEvidence() {
      return evidence;
    }

    public void setEvidence(String evidence) {
      this.evidence = evidence;
    }
  }

  @PostConstruct
  void load() {
    units = org.orgUnits().stream().sorted(Comparator.comparing(OrgUnitView::path)).toList();
    resetForm();
    model = coreRoles.model();
    weightResource = model.weightResource();
    weightExperience = model.weightExperience();
    weightCost = model.weightCost();
    threshold = model.threshold();
    search();
  }

  private void resetForm() {
    ratings = new ArrayList<>();
    for (CriterionView c : coreRoles.criteria()) {
      ratings.add(new RatingRow(c.key(), c.dimension()));
    }
    note = null;
  }

  public void search() {
    try {
      var page =
          coreRoles.registry(
              new RegistryQuery(orgUnitId, dimension, minScore, coreOnly, null, 0, 200));
      list = page.items();
      total = page.total();
      heatMap = coreRoles.heatMap(orgUnitId);
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  /** Opens a row of the heat map: the registry and the map for that unit's subtree. */
  public void drill(long unitId) {
    orgUnitId = unitId;
    search();
  }

  public void select(long employeeId) {
    try {
      selected = coreRoles.assessment(employeeId, "registry");
      history = coreRoles.history(employeeId);
      impact = mayAnalyse() ? impacts.impact(employeeId, "registry") : null;
      succession = mayAnalyse() ? successions.succession(employeeId) : null;
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  /** Suggestions for the employee field: number and name of people in the caller's scope. */
  public List<String> suggest(String text) {
    return EmployeePicker.suggest(employees, text);
  }

  public void assess() {
    try {
      List<RatingInput> given = new ArrayList<>();
      for (RatingRow r : ratings) {
        if (r.getRating() != null) {
          given.add(new RatingInput(r.getCriterion(), r.getRating(), r.getEvidence()));
        }
      }
      Long picked = EmployeePicker.idOf(employees, employee);
      long id = picked == null ? -1L : picked;
      AssessmentView done = coreRoles.assess(id, new Assess(given, note));
      FacesErrors.info(
          "registry.assessed", done.employee().label(), done.scores().overall().toPlainString());
      employee = null;
      resetForm();
      search();
      select(id);
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  public void changeModel() {
    try {
      model =
          coreRoles.changeModel(
              new ChangeModel(weightResource, weightExperience, weightCost, threshold, reason));
      FacesErrors.info("registry.modelChanged", model.version(), model.rescored());
      reason = null;
      search();
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  private static boolean mayAnalyse() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    return external.isUserInRole(Roles.HR_ADMIN)
        || external.isUserInRole(Roles.HR_BP)
        || external.isUserInRole(Roles.BUSINESS_HEAD);
  }

  /** The selected person's risk assessment report, as a PDF download. */
  public StreamedContent getReport() {
    if (selected == null) {
      return null;
    }
    long id = selected.employee().id();
    return DefaultStreamedContent.builder()
        .name("risk-report-" + selected.employeeNumber() + ".pdf")
        .contentType("application/pdf")
        .stream(() -> new ByteArrayInputStream(impacts.report(id, "registry")))
        .build();
  }

  /** An amount in whole yuan with thousands separators. */
  public String money(BigDecimal amount) {
    return amount == null ? "" : String.format(java.util.Locale.ROOT, "%,.0f", amount);
  }

  /** Names the picked person as a successor candidate of the selected person. */
  public void nominate() {
    if (selected == null) {
      return;
    }
    try {
      Long id = EmployeePicker.idOf(employees, candidate);
      succession =
          successions.nominate(
              selected.employee().id(),
              new SuccessionService.Nominate(id == null ? null : id, readiness, knownCustomers));
      candidate = null;
      knownCustomers = new ArrayList<>();
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  /** A transition plan for handing over to the candidate. */
  public void plan(long successorId) {
    try {
      succession = successions.plan(selected.employee().id(), successorId);
      FacesErrors.info("succession.planned", succession.plan().size());
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  /** Ticks a task of the plan off, or opens it again. */
  public void toggle(long taskId, boolean done) {
    try {
      succession = successions.done(selected.employee().id(), taskId, !done);
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  /** The selected person's customers, to say which ones a candidate knows. */
  public List<String> getCustomers() {
    return impact == null
        ? List.of()
        : impact.customers().stream().map(ImpactService.CustomerView::customer).toList();
  }

  public SuccessionService.Succession getSuccession() {
    return succession;
  }

  public List<String> getReadinessLevels() {
    return List.of("READY_NOW", "ONE_TO_TWO_YEARS", "LATER");
  }

  public String getCandidate() {
    return candidate;
  }

  public void setCandidate(String candidate) {
    this.candidate = candidate;
  }

  public String getReadiness() {
    return readiness;
  }

  public void setReadiness(String readiness) {
    this.readiness = readiness;
  }

  public List<String> getKnownCustomers() {
    return knownCustomers;
  }

  public void setKnownCustomers(List<String> knownCustomers) {
    this.knownCustomers = knownCustomers;
  }

  /** Works out the exposure of every core employee in reach (under the chosen unit). */
  public void computePortfolio() {
    try {
      portfolio = impacts.portfolio(orgUnitId);
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  /** The portfolio's first 50 people, highest expected exposure first. */
  public List<ImpactService.Exposure> getExposures() {
    return portfolio == null ? List.of() : portfolio.exposures().stream().limit(50).toList();
  }

  public ImpactService.Portfolio getPortfolio() {
    return portfolio;
  }

  public boolean isAnalyst() {
    return mayAnalyse();
  }

  public ImpactView getImpact() {
    return impact;
  }

  /** The colour band of a score in the heat map: 0 (cool) to 4 (hot); none when no score. */
  public String heat(BigDecimal score) {
    if (score == null) {
      return "lp-heat-none";
    }
    int band = Math.min(4, score.intValue() / 20);
    return "lp-heat-" + band;
  }

  public List<String> getDimensions() {
    return List.of("RESOURCE_EXCLUSIVITY", "EXPERIENCE_DEPENDENCY", "COST_SENSITIVITY");
  }

  public List<Integer> getScale() {
    return List.of(0, 1, 2, 3, 4, 5);
  }

  public List<RegistryEntry> getList() {
    return list;
  }

  public long getTotal() {
    return total;
  }

  public HeatMap getHeatMap() {
    return heatMap;
  }

  public List<OrgUnitView> getUnits() {
    return units;
  }

  public AssessmentView getSelected() {
    return selected;
  }

  public List<AssessmentView> getHistory() {
    return history;
  }

  public ModelView getModel() {
    return model;
  }

  public List<RatingRow> getRatings() {
    return ratings;
  }

  public Long getOrgUnitId() {
    return orgUnitId;
  }

  public void setOrgUnitId(Long orgUnitId) {
    this.orgUnitId = orgUnitId;
  }

  public String getDimension() {
    return dimension;
  }

  public void setDimension(String dimension) {
    this.dimension = dimension;
  }

  public BigDecimal getMinScore() {
    return minScore;
  }

  public void setMinScore(BigDecimal minScore) {
    this.minScore = minScore;
  }

  public boolean isCoreOnly() {
    return coreOnly;
  }

  public void setCoreOnly(boolean coreOnly) {
    this.coreOnly = coreOnly;
  }

  public String getEmployee() {
    return employee;
  }

  public void setEmployee(String employee) {
    this.employee = employee;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Integer getWeightResource() {
    return weightResource;
  }

  public void setWeightResource(Integer weightResource) {
    this.weightResource = weightResource;
  }

  public Integer getWeightExperience() {
    return weightExperience;
  }

  public void setWeightExperience(Integer weightExperience) {
    this.weightExperience = weightExperience;
  }

  public Integer getWeightCost() {
    return weightCost;
  }

  public void setWeightCost(Integer weightCost) {
    this.weightCost = weightCost;
  }

  public Integer getThreshold() {
    return threshold;
  }

  public void setThreshold(Integer threshold) {
    this.threshold = threshold;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
