package io.linchpin.screening.application.internal;

import io.linchpin.screening.domain.Consent;
import io.linchpin.screening.domain.DataCategory;
import io.linchpin.screening.domain.ExternalSources.SourceRecord;
import io.linchpin.screening.domain.Finding;
import io.linchpin.screening.domain.ScreeningRepository;
import io.linchpin.shared.FieldSealer;
import io.linchpin.shared.MonitoredDataArrived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Keeps what a source returned about a person under a consent, however it arrived (asked for, or
 * dropped as a file): every record checked first, each source record kept once (keyed fingerprint),
 * sealed with the person's key, linked to the consent and the check, kept for the category's
 * retention.
 */
@ApplicationScoped
public class FindingKeeper {

  private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
  static final int MAX_SUMMARY = 2000;
  static final int MAX_REFERENCE = 200;

  @Inject ScreeningRepository screening;
  @Inject FieldSealer sealer;
  @Inject Retention retention;
  @Inject Event<MonitoredDataArrived> arrived;

  private final Clock clock = Clock.systemDefaultZone();

  /** What is wrong with a record, or null when it may be kept. */
  public static String problem(SourceRecord r) {
    List<String> all = problems(r);
    return all.isEmpty() ? null : all.get(0);
  }

  /** Everything wrong with a record; empty when it may be kept. */
  public static List<String> problems(SourceRecord r) {
    List<String> problems = new java.util.ArrayList<>();
    if (r.kind() == null || !KIND.matcher(r.kind()).matches()) {
      problems.add("kind: must be an upper-case word such as NEW_LOAN");
    }
    if (r.reference() == null
        || r.reference().isBlank()
        || r.reference().length() > MAX_REFERENCE) {
      problems.add("reference: required, at most " + MAX_REFERENCE + " characters");
    }
    if (r.occurredOn() == null) {
      problems.add("occurredOn: required");
    }
    if (r.summary() != null && r.summary().length() > MAX_SUMMARY) {
      problems.add("summary: at most " + MAX_SUMMARY + " characters");
    }
    if (r.amount() != null && r.amount().signum() < 0) {
      problems.add("amount: may not be negative");
    }
    return problems;
  }

  /** Keeps the records not kept before; returns how many were new. Records must be well formed. */
  public int keep(
      long employeeId,
      String subject,
      DataCategory category,
      String source,
      Consent consent,
      Long checkId,
      List<SourceRecord> records) {
    Set<String> known = new HashSet<>(screening.fingerprints(employeeId, category));
    LocalDate retainUntil = LocalDate.now(clock).plusDays(retention.days(category));
    int added = 0;
    for (SourceRecord r : records) {
      String fingerprint =
          sealer.blindIndex("screening_finding.fingerprint", source + "|" + r.reference());
      if (!known.add(fingerprint)) {
        continue;
      }
      screening.add(
          new Finding(
              UUID.randomUUID().toString(),
              employeeId,
              subject,
              consent.getId(),
              checkId,
              category,
              source,
              fingerprint,
              r.occurredOn(),
              details(r),
              clock.instant(),
              retainUntil));
      added++;
    }
    if (added > 0) {
      arrived.fire(new MonitoredDataArrived("external records"));
    }
    return added;
  }

  private static String details(SourceRecord r) {
    JsonObjectBuilder d =
        Json.createObjectBuilder().add("kind", r.kind()).add("reference", r.reference());
    if (r.amount() != null) {
      d.add("amount", r.amount());
    }
    if (r.summary() != null) {
      d.add("summary", r.summary());
    }
    return d.build().toString();
  }
}
