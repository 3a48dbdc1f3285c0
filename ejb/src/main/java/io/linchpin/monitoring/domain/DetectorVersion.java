package io.linchpin.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One version of a detector as HR admins configured it. Versions are kept for good: every alert
 * names the version that raised it, so a later change of threshold never rewrites the past.
 */
@Entity
@Table(name = "monitoring_detector")
public class DetectorVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "monitoring_detector_seq")
  @SequenceGenerator(
      name = "monitoring_detector_seq",
      sequenceName = "monitoring_detector_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "detector_key", nullable = false, length = 48)
  private String key;

  @Column(name = "version_no", nullable = false)
  private int versionNo;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "detector_type", nullable = false, length = 16)
  private DetectorType type;

  @Enumerated(EnumType.STRING)
  @Column(length = 24)
  private SignalSeries series;

  @Enumerated(EnumType.STRING)
  @Column(name = "other_series", length = 24)
  private SignalSeries otherSeries;

  @Column(name = "window_months", nullable = false)
  private int windowMonths;

  @Column(name = "baseline_months", nullable = false)
  private int baselineMonths;

  @Column(precision = 14, scale = 4)
  private BigDecimal threshold;

  @Column(name = "run_periods", nullable = false)
  private int periods;

  /** Record kinds, comma-separated. */
  @Column(name = "record_kinds", length = 500)
  private String kinds;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Severity severity;

  @Column(nullable = false)
  private boolean enabled;

  /** See {@link DetectorCondition}; null when the rule alone decides. */
  @Column(name = "condition_expr", length = DetectorCondition.MAX_LENGTH)
  private String condition;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  protected DetectorVersion() {}

  public DetectorVersion(
      String key,
      int versionNo,
      String name,
      DetectorRule rule,
      Severity severity,
      boolean enabled,
      Instant at,
      String by) {
    this(key, versionNo, name, rule, null, severity, enabled, at, by);
  }

  public DetectorVersion(
      String key,
      int versionNo,
      String name,
      DetectorRule rule,
      String condition,
      Severity severity,
      boolean enabled,
      Instant at,
      String by) {
    this.condition = condition == null || condition.isBlank() ? null : condition.strip();
    this.key = Objects.requireNonNull(key);
    this.versionNo = versionNo;
    this.name = Objects.requireNonNull(name);
    this.type = rule.type();
    this.series = rule.series();
    this.otherSeries = rule.otherSeries();
    this.windowMonths = rule.windowMonths();
    this.baselineMonths = rule.baselineMonths();
    this.threshold = rule.threshold();
    this.periods = rule.periods();
    this.kinds = rule.kinds().isEmpty() ? null : String.join(",", new TreeSet<>(rule.kinds()));
    this.severity = Objects.requireNonNull(severity);
    this.enabled = enabled;
    this.createdAt = at;
    this.createdBy = by;
  }

  public DetectorRule rule() {
    Set<String> k =
        kinds == null
            ? Set.of()
            : Arrays.stream(kinds.split(",")).collect(Collectors.toUnmodifiableSet());
    return new DetectorRule(
        type, series, otherSeries, windowMonths, baselineMonths, threshold, periods, k);
  }

  /** Whether another configuration is the same as this one (then no new version is needed). */
  public boolean sameAs(
      String otherName,
      DetectorRule rule,
      String otherCondition,
      Severity otherSeverity,
      boolean on) {
    String c = otherCondition == null || otherCondition.isBlank() ? null : otherCondition.strip();
    return name.equals(otherName)
        && rule().equals(rule)
        && Objects.equals(condition, c)
        && severity == otherSeverity
        && enabled == on;
  }

  /** The condition that must also hold, or null. */
  public String getCondition() {
    return condition;
  }

  public Long getId() {
    return id;
  }

  public String getKey() {
    return key;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public String getName() {
    return name;
  }

  public Severity getSeverity() {
    return severity;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
