package io.linchpin.web.portal.corerole;

import io.linchpin.corerole.application.ImpactService;
import io.linchpin.corerole.domain.ImpactParameters;
import io.linchpin.corerole.domain.Range;
import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.LinchpinException;
import io.linchpin.web.portal.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The assumptions of the departure-impact model on the registry page: shown to everyone who may see
 * impact figures, changed by HR admins. Ranges are entered as low / expected / high.
 */
@Named("impactParameters")
@ViewScoped
public class ImpactParametersBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB ImpactService impacts;

  private List<Row> rows = new ArrayList<>();

  /** One parameter: a range (low, expected, high) or a single value in {@code expected}. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final boolean range;
    private final boolean months;
    private BigDecimal low;
    private BigDecimal expected;
    private BigDecimal high;

    Row(String key, Range r, boolean months) {
      this.key = key;
      this.range = true;
      this.months = months;
      this.low = r.low();
      this.expected = r.expected();
      this.high = r.high();
    }

    Row(String key, BigDecimal value, boolean months) {
      this.key = key;
      this.range = false;
      this.months = months;
      this.expected = value;
    }

    public String getKey() {
      return key;
    }

    public boolean isRange() {
      return range;
    }

    /** Whole months rather than a factor or share. */
    public boolean isMonths() {
      return months;
    }

    public BigDecimal getLow() {
      return low;
    }

    public void setLow(BigDecimal low) {
      this.low = low;
    }

    public BigDecimal getExpected() {
      return expected;
    }

    public void setExpected(BigDecimal expected) {
      this.expected = expected;
    }

    public BigDecimal getHigh() {
      return high;
    }

    public void setHigh(BigDecimal high) {
      this.high = high;
    }
  }

  @PostConstruct
  void load() {
    rows = rows(impacts.parameters());
  }

  public void save() {
    try {
      ImpactParameters changed = impacts.changeParameters(parameters());
      rows = rows(changed);
      FacesErrors.info("impactParameters.saved");
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  public void restoreDefaults() {
    rows = rows(ImpactParameters.DEFAULTS);
  }

  private ImpactParameters parameters() {
    Map<String, Row> byKey = new LinkedHashMap<>();
    rows.forEach(r -> byKey.put(r.key, r));
    List<FieldViolation> problems = new ArrayList<>();
    for (Row r : rows) {
      if (r.expected == null || r.range && (r.low == null || r.high == null)) {
        problems.add(new FieldViolation(r.key, r.key + ": every value is required"));
      } else if (r.range && (r.low.compareTo(r.expected) > 0 || r.expected.compareTo(r.high) > 0)) {
        problems.add(new FieldViolation(r.key, r.key + ": low ≤ expected ≤ high"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new ImpactParameters(
        range(byKey, "churnUnder1y"),
        range(byKey, "churn1to3y"),
        range(byKey, "churn3to5y"),
        range(byKey, "churnOver5y"),
        byKey.get("coveragePartial").expected,
        byKey.get("coverageFull").expected,
        byKey.get("contractEndingSoon").expected,
        byKey.get("contractSoonMonths").expected.intValue(),
        byKey.get("contractLocked").expected,
        byKey.get("contractLockedMonths").expected.intValue(),
        range(byKey, "recruitingFactor"),
        range(byKey, "rampUpMonths"),
        byKey.get("productivityGap").expected,
        byKey.get("onCostFactor").expected,
        range(byKey, "projectDelayMonths"));
  }

  private static Range range(Map<String, Row> byKey, String key) {
    Row r = byKey.get(key);
    return new Range(r.low, r.expected, r.high);
  }

  private static List<Row> rows(ImpactParameters p) {
    return new ArrayList<>(
        List.of(
            new Row("churnUnder1y", p.churnUnder1y(), false),
            new Row("churn1to3y", p.churn1to3y(), false),
            new Row("churn3to5y", p.churn3to5y(), false),
            new Row("churnOver5y", p.churnOver5y(), false),
            new Row("coveragePartial", p.coveragePartial(), false),
            new Row("coverageFull", p.coverageFull(), false),
            new Row("contractEndingSoon", p.contractEndingSoon(), false),
            new Row("contractSoonMonths", BigDecimal.valueOf(p.contractSoonMonths()), true),
            new Row("contractLocked", p.contractLocked(), false),
            new Row("contractLockedMonths", BigDecimal.valueOf(p.contractLockedMonths()), true),
            new Row("recruitingFactor", p.recruitingFactor(), false),
            new Row("rampUpMonths", p.rampUpMonths(), true),
            new Row("productivityGap", p.productivityGap(), false),
            new Row("onCostFactor", p.onCostFactor(), false),
            new Row("projectDelayMonths", p.projectDelayMonths(), true)));
  }

  public List<Row> getRows() {
    return rows;
  }
}
