package io.linchpin.monitoring.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.monitoring.application.DetectorService;
import io.linchpin.monitoring.domain.DetectorCondition;
import io.linchpin.monitoring.domain.DetectorRepository;
import io.linchpin.monitoring.domain.DetectorRule;
import io.linchpin.monitoring.domain.DetectorType;
import io.linchpin.monitoring.domain.DetectorVersion;
import io.linchpin.monitoring.domain.Severity;
import io.linchpin.monitoring.domain.SignalSeries;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.Formulas;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.NotFoundException;
import io.linchpin.shared.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Detectors, versioned and audited; see {@link DetectorService}. */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
public class DefaultDetectorService implements DetectorService {

  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{1,47}");
  private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

  @Inject DetectorRepository detectors;
  @Inject Formulas formulas;
  @EJB AuditLog audit;
  @Resource SessionContext session;

  private final Clock clock = Clock.systemUTC();

  @Override
  public List<DetectorView> detectors() {
    return detectors.current().stream().map(DefaultDetectorService::view).toList();
  }

  @Override
  public List<DetectorView> versions(String key) {
    List<DetectorVersion> all = detectors.versions(key);
    if (all.isEmpty()) {
      throw new NotFoundException("Detector", key);
    }
    return all.stream().map(DefaultDetectorService::view).toList();
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public DetectorView save(String key, DetectorInput in) {
    List<FieldViolation> problems = new ArrayList<>();
    if (key == null || !KEY.matcher(key).matches()) {
      problems.add(
          new FieldViolation("key", "2 to 48 lower-case letters, digits and '-', a letter first"));
    }
    if (in == null) {
      throw new InvalidInputException("body", "is required");
    }
    if (in.name() == null || in.name().isBlank() || in.name().length() > 200) {
      problems.add(new FieldViolation("name", "1 to 200 characters"));
    }
    DetectorType type = parse(DetectorType.class, in.type(), "type", true, problems);
    SignalSeries series = parse(SignalSeries.class, in.series(), "series", false, problems);
    SignalSeries other =
        parse(SignalSeries.class, in.otherSeries(), "otherSeries", false, problems);
    Severity severity = parse(Severity.class, in.severity(), "severity", true, problems);
    Set<String> kinds = new TreeSet<>();
    if (in.kinds() != null) {
      for (int i = 0; i < in.kinds().size(); i++) {
        String k = in.kinds().get(i);
        if (k == null || !KIND.matcher(k.strip().toUpperCase(Locale.ROOT)).matches()) {
          problems.add(
              new FieldViolation("kinds[" + i + "]", "an upper-case word such as NEW_LOAN"));
        } else {
          kinds.add(k.strip().toUpperCase(Locale.ROOT));
        }
      }
    }
    DetectorRule rule = null;
    if (type != null) {
      rule =
          new DetectorRule(
              type,
              series,
              other,
              in.windowMonths() == null ? 0 : in.windowMonths(),
              in.baselineMonths() == null ? 0 : in.baselineMonths(),
              in.threshold(),
              in.periods() == null ? 0 : in.periods(),
              kinds);
      for (String p : rule.problems()) {
        int colon = p.indexOf(':');
        problems.add(new FieldViolation(p.substring(0, colon), p.substring(colon + 2)));
      }
    }
    String condition = in.condition() == null || in.condition().isBlank() ? null : in.condition();
    if (condition != null) {
      if (condition.length() > DetectorCondition.MAX_LENGTH) {
        problems.add(
            new FieldViolation(
                "condition", "at most " + DetectorCondition.MAX_LENGTH + " characters"));
      } else {
        formulas
            .problems(condition, DetectorCondition.VARIABLES)
            .forEach(p -> problems.add(new FieldViolation("condition", p)));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    boolean enabled = in.enabled() == null || in.enabled();
    DetectorVersion current = detectors.current(key).orElse(null);
    String name = in.name().strip();
    if (current != null && current.sameAs(name, rule, condition, severity, enabled)) {
      return view(current);
    }
    DetectorVersion next =
        new DetectorVersion(
            key,
            current == null ? 1 : current.getVersionNo() + 1,
            name,
            rule,
            condition,
            severity,
            enabled,
            clock.instant(),
            session.getCallerPrincipal().getName());
    detectors.add(next);
    audit.record(
        current == null ? AuditOperation.CREATE : AuditOperation.UPDATE,
        "detector",
        key + "/v" + next.getVersionNo(),
        List.of("configuration"),
        null);
    return view(next);
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String value, String field, boolean required, List<FieldViolation> problems) {
    if (value == null || value.isBlank()) {
      if (required) {
        problems.add(new FieldViolation(field, "is required"));
      }
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value.strip())) {
        return e;
      }
    }
    problems.add(
        new FieldViolation(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
    return null;
  }

  static DetectorView view(DetectorVersion v) {
    DetectorRule r = v.rule();
    return new DetectorView(
        v.getKey(),
        v.getVersionNo(),
        v.getName(),
        r.type().name(),
        r.series() == null ? null : r.series().name(),
        r.otherSeries() == null ? null : r.otherSeries().name(),
        r.windowMonths(),
        r.baselineMonths(),
        r.threshold(),
        r.periods(),
        List.copyOf(new TreeSet<>(r.kinds())),
        v.getCondition(),
        v.getSeverity().name(),
        v.isEnabled(),
        v.getCreatedAt(),
        v.getCreatedBy());
  }
}
