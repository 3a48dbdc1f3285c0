package io.linchpin.web.portal.review;

import io.linchpin.analytics.application.PolicyNotes;
import io.linchpin.analytics.application.PolicyNotes.Comparison;
import io.linchpin.analytics.application.PolicyNotes.NoteView;
import io.linchpin.analytics.application.PolicyNotes.RecordNote;
import io.linchpin.analytics.application.ReviewDocument;
import io.linchpin.analytics.application.ReviewReports;
import io.linchpin.analytics.application.ReviewReports.ReportFile;
import io.linchpin.analytics.application.ReviewReports.ReportView;
import io.linchpin.analytics.application.ReviewService;
import io.linchpin.analytics.application.ReviewService.AlertReview;
import io.linchpin.analytics.application.ReviewService.CaseMonth;
import io.linchpin.analytics.application.ReviewService.CaseReview;
import io.linchpin.analytics.application.ReviewService.DetectorFigures;
import io.linchpin.analytics.application.ReviewService.HeatCell;
import io.linchpin.analytics.application.ReviewService.InterventionReview;
import io.linchpin.analytics.application.ReviewService.ReviewFilter;
import io.linchpin.analytics.application.ReviewService.RiskGroup;
import io.linchpin.analytics.application.ReviewService.RiskMonth;
import io.linchpin.analytics.application.ReviewService.RiskReview;
import io.linchpin.analytics.application.ReviewService.RootCauseFigure;
import io.linchpin.analytics.application.ReviewService.RootCauseReview;
import io.linchpin.casework.application.CaseSummary;
import io.linchpin.people.application.OrgStructureService;
import io.linchpin.people.application.OrgUnitView;
import io.linchpin.shared.LinchpinException;
import io.linchpin.shared.Roles;
import io.linchpin.web.portal.FacesErrors;
import io.linchpin.web.portal.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The review page (HR, business heads, Legal): for a period, a unit, a role family and a kind of
 * case, the risk overview (distribution, trend, heat map, core roles without a ready successor),
 * how fast cases were resolved against their deadlines and the 7 → 2 days target, what caused them
 * (with the cases behind a cause the caller may open), and what the alerts turned into. Every chart
 * has its numbers in a table beside it, and each view downloads as a spreadsheet or a PDF.
 */
@Named("review")
@ViewScoped
public class ReviewBean implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String INK = "#1f3a5f";
  private static final String[] PALETTE = {
    "#1f3a5f", "#4f7cac", "#9bbbd4", "#c0504d", "#e8a33d", "#6a9f58", "#8064a2", "#8a96a3",
    "#d17b88", "#4bacc6", "#b8b8b8"
  };

  @EJB private transient ReviewService service;
  @EJB private transient OrgStructureService org;
  @EJB private transient ReviewReports reportService;
  @EJB private transient PolicyNotes noteService;

  private LocalDate from;
  private LocalDate to;
  private Long orgUnitId;
  private String caseType;
  private String roleFamily;
  private List<OrgUnitView> units = List.of();
  private List<String> roleFamilies = List.of();
  private RiskReview risk;
  private boolean hrAdmin;
  private List<ReportView> reports = List.of();
  private List<NoteView> notes = List.of();
  private Comparison comparison;
  private String noteTitle;
  private String noteChange;
  private LocalDate noteEffectiveOn;
  private String noteView = "root-causes";
  private CaseReview cases;
  private RootCauseReview rootCauses;
  private AlertReview alerts;
  private InterventionReview interventions;
  private String drilledCause;
  private List<CaseSummary> drilled = List.of();

  @PostConstruct
  void load() {
    try {
      units = org.orgUnits();
      roleFamilies = org.jobFamilies();
    } catch (LinchpinException e) {
      units = List.of();
    }
    hrAdmin = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.HR_ADMIN);
    apply();
    loadNotes();
  }

  private void loadNotes() {
    try {
      notes = noteService.notes();
      reports = hrAdmin ? reportService.reports() : List.of();
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  /** Records a policy change with the chosen view as it is filtered now (HR admins). */
  public void recordNote() {
    try {
      ReviewFilter f = filter();
      noteService.record(
          new RecordNote(
              noteTitle,
              noteChange,
              noteEffectiveOn,
              noteView,
              f.from(),
              f.to(),
              f.orgUnitId(),
              f.caseType(),
              f.roleFamily()));
      noteTitle = null;
      noteChange = null;
      noteEffectiveOn = null;
      loadNotes();
      FacesErrors.info("review.notes.recorded");
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  /** The note's view before and after the change. */
  public void compare(long id) {
    try {
      comparison = noteService.compare(id);
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  /** Produces last month's report now, or again (HR admins). */
  public void produceReport() {
    try {
      reportService.produce(java.time.YearMonth.now().minusMonths(1));
      loadNotes();
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  /** A monthly report as a PDF or a workbook. */
  public StreamedContent report(long id, String format) {
    ReportFile file = reportService.file(id, format);
    return DefaultStreamedContent.builder()
        .name(file.fileName())
        .contentType(file.contentType())
        .stream(() -> new ByteArrayInputStream(file.content()))
        .build();
  }

  /** A cell of a compared table as it reads on screen. */
  public String cell(Object value) {
    return ReviewDocument.cell(value);
  }

  /** Computes every view for the filter. */
  public void apply() {
    try {
      ReviewFilter filter = filter();
      risk = service.risk(filter);
      cases = service.cases(filter);
      rootCauses = service.rootCauses(filter);
      alerts = service.alerts(filter);
      interventions = service.interventions(filter);
      from = cases.period().from();
      to = cases.period().to();
      drilledCause = null;
      drilled = List.of();
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  /** The closed cases behind a root cause that the caller may open. */
  public void drill(String rootCause) {
    try {
      drilled = service.casesWithRootCause(filter(), rootCause);
      drilledCause = rootCause;
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  private ReviewFilter filter() {
    return new ReviewFilter(
        from,
        to,
        orgUnitId,
        caseType == null || caseType.isBlank() ? null : caseType,
        roleFamily == null || roleFamily.isBlank() ? null : roleFamily);
  }

  /** A view as an Excel workbook ({@code xlsx}) or a PDF ({@code pdf}). */
  public StreamedContent export(String view, String format) {
    ReviewFilter filter = filter();
    boolean pdf = "pdf".equals(format);
    return DefaultStreamedContent.builder()
        .name("linchpin-review-" + view + (pdf ? ".pdf" : ".xlsx"))
        .contentType(
            pdf
                ? "application/pdf"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .stream(() -> new ByteArrayInputStream(service.export(view, format, filter)))
        .build();
  }

  /** The median and mean risk score per month of the whole scope, as a line chart. */
  public String getRiskTrendChart() {
    if (risk == null) {
      return null;
    }
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder median = Json.createArrayBuilder();
    JsonArrayBuilder mean = Json.createArrayBuilder();
    for (RiskMonth m : risk.overall().trend()) {
      labels.add(m.month());
      if (m.median() == null) {
        median.addNull();
        mean.addNull();
      } else {
        median.add(m.median());
        mean.add(m.mean());
      }
    }
    return chart(
        "line",
        labels,
        Json.createArrayBuilder()
            .add(line(Texts.of("review.risk.median"), median, INK, false))
            .add(line(Texts.of("review.risk.mean"), mean, "#e8a33d", false)),
        Texts.of("review.risk.score"));
  }

  /** The people of each org unit per risk band in the latest month, as stacked bars. */
  public String getRiskUnitChart() {
    if (risk == null || risk.month() == null) {
      return null;
    }
    JsonArrayBuilder labels = Json.createArrayBuilder();
    List<JsonArrayBuilder> bands = new java.util.ArrayList<>();
    risk.bands().forEach(b -> bands.add(Json.createArrayBuilder()));
    for (RiskGroup g : risk.units()) {
      if (g.withheld() || g.people() == null || g.people() == 0) {
        continue;
      }
      labels.add(g.name());
      for (int i = 0; i < bands.size(); i++) {
        bands.get(i).add(g.distribution().get(i));
      }
    }
    String[] colours = {"#6a9f58", "#9bbbd4", "#e8a33d", "#d17b88", "#c0504d"};
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (int i = 0; i < bands.size(); i++) {
      datasets.add(bar(risk.bands().get(i), bands.get(i), colours[i % colours.length]));
    }
    return chart("bar", labels, datasets, Texts.of("review.col.people"))
        .replace("\"stacked\":false", "\"stacked\":true");
  }

  /** The heat map's rows: criticality from highest to lowest, each with its cells by risk band. */
  public List<List<HeatCell>> getHeatRows() {
    if (risk == null) {
      return List.of();
    }
    List<List<HeatCell>> rows = new java.util.ArrayList<>();
    for (int c = risk.bands().size() - 1; c >= 0; c--) {
      String band = risk.bands().get(c);
      rows.add(risk.heatMap().stream().filter(h -> h.criticality().equals(band)).toList());
    }
    return rows;
  }

  /** A heat cell's shade: the darker, the more people at high criticality and high risk. */
  public String heatStyle(HeatCell cell) {
    int c = risk.bands().indexOf(cell.criticality());
    int r = risk.bands().indexOf(cell.risk());
    if (cell.withheld() || cell.people() == null || cell.people() == 0) {
      return "background:#f4f5f7";
    }
    int level = c + r;
    String[] shades = {
      "#e6f0e0", "#d9e8cf", "#f3ecc2", "#f6ddb0", "#f2c49b", "#ec9f84", "#e07a6c", "#c9534b",
      "#a8322e"
    };
    return "background:"
        + shades[Math.min(level, shades.length - 1)]
        + (level >= 6 ? ";color:#fff" : "");
  }

  /** Median days to resolve per month against the target and the baseline, as a line chart. */
  public String getTrendChart() {
    if (cases == null) {
      return null;
    }
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder median = Json.createArrayBuilder();
    JsonArrayBuilder target = Json.createArrayBuilder();
    JsonArrayBuilder baseline = Json.createArrayBuilder();
    for (CaseMonth m : cases.trend()) {
      labels.add(m.month());
      if (m.medianDays() == null) {
        median.addNull();
      } else {
        median.add(m.medianDays());
      }
      target.add(cases.targetDays());
      baseline.add(cases.baselineDays());
    }
    return chart(
        "line",
        labels,
        Json.createArrayBuilder()
            .add(line(Texts.of("review.chart.median"), median, INK, false))
            .add(line(Texts.of("review.chart.target"), target, "#6a9f58", true))
            .add(line(Texts.of("review.chart.baseline"), baseline, "#c0504d", true)),
        Texts.of("review.chart.days"));
  }

  /** Closed cases per root cause, as a bar chart (withheld causes left out). */
  public String getRootCauseChart() {
    if (rootCauses == null || rootCauses.withheld()) {
      return null;
    }
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder counts = Json.createArrayBuilder();
    JsonArrayBuilder colours = Json.createArrayBuilder();
    int i = 0;
    for (RootCauseFigure f : rootCauses.causes()) {
      if (!f.withheld()) {
        labels.add(Texts.of("rootCause." + f.rootCause()));
        counts.add(f.cases());
        colours.add(PALETTE[i++ % PALETTE.length]);
      }
    }
    return chart(
        "bar",
        labels,
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("label", Texts.of("review.chart.cases"))
                    .add("data", counts)
                    .add("backgroundColor", colours)),
        Texts.of("review.chart.cases"));
  }

  /** What each detector's alerts turned into, as stacked bars. */
  public String getAlertChart() {
    if (alerts == null) {
      return null;
    }
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder open = Json.createArrayBuilder();
    JsonArrayBuilder triaged = Json.createArrayBuilder();
    JsonArrayBuilder cases = Json.createArrayBuilder();
    JsonArrayBuilder dismissed = Json.createArrayBuilder();
    for (DetectorFigures d : alerts.detectors()) {
      if (d.withheld()) {
        continue;
      }
      labels.add(d.detectorName());
      open.add(d.open());
      triaged.add(d.triaged());
      cases.add(d.cases());
      dismissed.add(d.dismissed());
    }
    String json =
        chart(
            "bar",
            labels,
            Json.createArrayBuilder()
                .add(bar(Texts.of("review.alerts.new"), open, "#9bbbd4"))
                .add(bar(Texts.of("review.alerts.triaged"), triaged, "#4f7cac"))
                .add(bar(Texts.of("review.alerts.cases"), cases, INK))
                .add(bar(Texts.of("review.alerts.dismissed"), dismissed, "#c0504d")),
            Texts.of("review.chart.alerts"));
    return json.replace("\"stacked\":false", "\"stacked\":true");
  }

  private static JsonObjectBuilder line(
      String label, JsonArrayBuilder data, String colour, boolean dashed) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("label", label)
            .add("data", data)
            .add("borderColor", colour)
            .add("backgroundColor", colour)
            .add("spanGaps", true)
            .add("pointRadius", dashed ? 0 : 3);
    if (dashed) {
      b.add("borderDash", Json.createArrayBuilder().add(6).add(4));
    }
    return b;
  }

  private static JsonObjectBuilder bar(String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour);
  }

  private static String chart(
      String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, String yTitle) {
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("stacked", false))
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("stacked", false)
                                .add("beginAtZero", true)
                                .add(
                                    "title",
                                    Json.createObjectBuilder()
                                        .add("display", true)
                                        .add("text", yTitle)))))
        .build()
        .toString();
  }

  /** A share as a percentage, one decimal; empty when there is none. */
  public String percent(Double share) {
    return share == null ? "" : String.format(Locale.ROOT, "%.1f %%", share * 100);
  }

  /** A number, empty when withheld or absent. */
  public String number(Number n) {
    if (n == null) {
      return "";
    }
    return n instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : n.toString();
  }

  public List<String> getCaseTypes() {
    return List.of("DEBT_COLLECTION", "ADVERSE_FINDING", "RETENTION_RISK");
  }

  public List<OrgUnitView> getUnits() {
    return units;
  }

  public CaseReview getCases() {
    return cases;
  }

  public boolean isHrAdmin() {
    return hrAdmin;
  }

  public List<ReportView> getReports() {
    return reports;
  }

  public List<NoteView> getNotes() {
    return notes;
  }

  public Comparison getComparison() {
    return comparison;
  }

  public List<String> getViews() {
    return ReviewService.VIEWS;
  }

  public String getNoteTitle() {
    return noteTitle;
  }

  public void setNoteTitle(String noteTitle) {
    this.noteTitle = noteTitle;
  }

  public String getNoteChange() {
    return noteChange;
  }

  public void setNoteChange(String noteChange) {
    this.noteChange = noteChange;
  }

  public LocalDate getNoteEffectiveOn() {
    return noteEffectiveOn;
  }

  public void setNoteEffectiveOn(LocalDate noteEffectiveOn) {
    this.noteEffectiveOn = noteEffectiveOn;
  }

  public String getNoteView() {
    return noteView;
  }

  public void setNoteView(String noteView) {
    this.noteView = noteView;
  }

  public RiskReview getRisk() {
    return risk;
  }

  public List<String> getRoleFamilies() {
    return roleFamilies;
  }

  public String getRoleFamily() {
    return roleFamily;
  }

  public void setRoleFamily(String roleFamily) {
    this.roleFamily = roleFamily;
  }

  public RootCauseReview getRootCauses() {
    return rootCauses;
  }

  public AlertReview getAlerts() {
    return alerts;
  }

  public InterventionReview getInterventions() {
    return interventions;
  }

  /** An amount in whole yuan with thousands separators; empty when withheld. */
  public String money(java.math.BigDecimal amount) {
    return amount == null ? "" : String.format(Locale.ROOT, "%,.0f", amount);
  }

  public String getDrilledCause() {
    return drilledCause;
  }

  public List<CaseSummary> getDrilled() {
    return drilled;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public Long getOrgUnitId() {
    return orgUnitId;
  }

  public void setOrgUnitId(Long orgUnitId) {
    this.orgUnitId = orgUnitId;
  }

  public String getCaseType() {
    return caseType;
  }

  public void setCaseType(String caseType) {
    this.caseType = caseType;
  }
}
