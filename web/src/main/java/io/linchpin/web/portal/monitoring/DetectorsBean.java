package io.linchpin.web.portal.monitoring;

import io.linchpin.monitoring.application.DetectorService;
import io.linchpin.monitoring.application.DetectorService.DetectorInput;
import io.linchpin.monitoring.application.DetectorService.DetectorView;
import io.linchpin.shared.LinchpinException;
import io.linchpin.web.portal.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The detectors page (HR): every detector in its version in force; one opened with its versions. HR
 * admins change a detector (each change a new version, which the alerts it raises will name) or add
 * one; every problem is named by its field.
 */
@Named("detectors")
@ViewScoped
public class DetectorsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient DetectorService service;

  private List<DetectorView> list = List.of();
  private List<DetectorView> versions = List.of();
  private String key;
  private boolean editing;
  private String name;
  private String type = "JUMP";
  private String series;
  private String otherSeries;
  private Integer windowMonths;
  private Integer baselineMonths;
  private BigDecimal threshold;
  private Integer periods;
  private String kinds;
  private String condition;
  private String severity = "MEDIUM";
  private boolean enabled = true;

  @PostConstruct
  void load() {
    try {
      list = service.detectors();
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  /** Opens a detector: its versions, and its configuration in the form. */
  public void open(String detectorKey) {
    try {
      versions = service.versions(detectorKey);
      DetectorView d = versions.get(0);
      key = d.key();
      name = d.name();
      type = d.type();
      series = d.series();
      otherSeries = d.otherSeries();
      windowMonths = d.windowMonths();
      baselineMonths = d.baselineMonths();
      threshold = d.threshold();
      periods = d.periods();
      kinds = String.join(", ", d.kinds());
      condition = d.condition();
      severity = d.severity();
      enabled = d.enabled();
      editing = true;
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  /** An empty form for a new detector. */
  public void create() {
    versions = List.of();
    key = null;
    name = null;
    type = "JUMP";
    series = null;
    otherSeries = null;
    windowMonths = null;
    baselineMonths = null;
    threshold = null;
    periods = null;
    kinds = null;
    condition = null;
    severity = "MEDIUM";
    enabled = true;
    editing = true;
  }

  public void save() {
    try {
      List<String> kindList =
          kinds == null || kinds.isBlank()
              ? List.of()
              : Arrays.stream(kinds.split("[,，\\s]+")).filter(k -> !k.isBlank()).toList();
      DetectorView saved =
          service.save(
              key == null ? null : key.strip(),
              new DetectorInput(
                  name,
                  type,
                  blankToNull(series),
                  blankToNull(otherSeries),
                  windowMonths,
                  baselineMonths,
                  threshold,
                  periods,
                  kindList,
                  condition,
                  severity,
                  enabled));
      FacesErrors.info("detectors.saved", saved.key(), saved.version());
      list = service.detectors();
      open(saved.key());
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  public List<String> getTypes() {
    return List.of("JUMP", "STREAK", "DIVERGENCE", "RATIO", "EXTERNAL_EVENT");
  }

  public List<String> getSeriesNames() {
    return List.of(
        "ATTENDANCE_HOURS",
        "OVERTIME_HOURS",
        "TRIP_DAYS",
        "EXPENSE_AMOUNT",
        "HOTEL_NIGHT_COST",
        "PERFORMANCE_SCORE");
  }

  public List<String> getSeverities() {
    return List.of("LOW", "MEDIUM", "HIGH");
  }

  public List<DetectorView> getList() {
    return list;
  }

  public List<DetectorView> getVersions() {
    return versions;
  }

  public boolean isEditing() {
    return editing;
  }

  public boolean isNew() {
    return versions.isEmpty();
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getSeries() {
    return series;
  }

  public void setSeries(String series) {
    this.series = series;
  }

  public String getOtherSeries() {
    return otherSeries;
  }

  public void setOtherSeries(String otherSeries) {
    this.otherSeries = otherSeries;
  }

  public Integer getWindowMonths() {
    return windowMonths;
  }

  public void setWindowMonths(Integer windowMonths) {
    this.windowMonths = windowMonths;
  }

  public Integer getBaselineMonths() {
    return baselineMonths;
  }

  public void setBaselineMonths(Integer baselineMonths) {
    this.baselineMonths = baselineMonths;
  }

  public BigDecimal getThreshold() {
    return threshold;
  }

  public void setThreshold(BigDecimal threshold) {
    this.threshold = threshold;
  }

  public Integer getPeriods() {
    return periods;
  }

  public void setPeriods(Integer periods) {
    this.periods = periods;
  }

  public String getKinds() {
    return kinds;
  }

  public void setKinds(String kinds) {
    this.kinds = kinds;
  }

  public String getCondition() {
    return condition;
  }

  public void setCondition(String condition) {
    this.condition = condition;
  }

  public String getSeverity() {
    return severity;
  }

  public void setSeverity(String severity) {
    this.severity = severity;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
