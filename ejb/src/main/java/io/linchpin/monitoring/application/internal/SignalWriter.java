package io.linchpin.monitoring.application.internal;

import io.linchpin.monitoring.application.SignalService.Recorded;
import io.linchpin.monitoring.domain.SignalEntry;
import io.linchpin.monitoring.domain.SignalRepository;
import io.linchpin.monitoring.domain.SignalValue;
import io.linchpin.shared.MonitoredDataArrived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;

/** Writes checked values, many people at once: new months added, known months replaced. */
@ApplicationScoped
public class SignalWriter {

  @Inject SignalRepository signals;
  @Inject Event<MonitoredDataArrived> arrived;

  private final Clock clock = Clock.systemDefaultZone();

  /** A checked value of a person. */
  public record PersonEntry(long employeeId, SignalEntry entry) {}

  public Recorded write(Collection<PersonEntry> entries, String by) {
    if (entries.isEmpty()) {
      return new Recorded(0, 0, 0);
    }
    YearMonth from = entries.stream().map(e -> e.entry().month()).min(YearMonth::compareTo).get();
    YearMonth to = entries.stream().map(e -> e.entry().month()).max(YearMonth::compareTo).get();
    Map<String, SignalValue> existing =
        signals.existing(
            entries.stream().map(PersonEntry::employeeId).distinct().toList(), from, to);
    Instant now = clock.instant();
    int created = 0;
    int updated = 0;
    int same = 0;
    for (PersonEntry p : entries) {
      SignalEntry e = p.entry();
      String key = SignalRepository.key(p.employeeId(), e.series(), e.month());
      SignalValue kept = existing.get(key);
      if (kept == null) {
        SignalValue added =
            new SignalValue(p.employeeId(), e.series(), e.month(), e.value(), now, by);
        signals.add(added);
        existing.put(key, added);
        created++;
      } else if (kept.replace(e.value(), now, by)) {
        updated++;
      } else {
        same++;
      }
    }
    if (created + updated > 0) {
      arrived.fire(new MonitoredDataArrived("signals"));
    }
    return new Recorded(created, updated, same);
  }
}
