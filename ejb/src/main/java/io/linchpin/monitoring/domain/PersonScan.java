package io.linchpin.monitoring.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One person scanned: every enabled detector decided for the month from the person's own signals
 * and external records. What a scan keeps of it is the raised detections; quiet and undecided ones
 * are counted, not stored.
 */
public final class PersonScan {

  /** A detector that raised an alert, with what it saw. */
  public record Raised(DetectorVersion detector, Detection detection) {}

  /** What the scan of one person found. */
  public record Result(List<Raised> raised, int quiet, int undecided) {}

  private PersonScan() {}

  /**
   * Signal detectors decide for {@code month} (the last complete month); external-event detectors
   * for {@code eventsMonth} (the current one: a record found today counts today).
   */
  public static Result scan(
      List<DetectorVersion> detectors,
      YearMonth month,
      YearMonth eventsMonth,
      Map<SignalSeries, SeriesHistory> signals,
      List<Detectors.ExternalEvent> events) {
    List<Raised> raised = new ArrayList<>();
    int quiet = 0;
    int undecided = 0;
    for (DetectorVersion d : detectors) {
      if (!d.isEnabled()) {
        continue;
      }
      YearMonth at = d.rule().type() == DetectorType.EXTERNAL_EVENT ? eventsMonth : month;
      Detection result = Detectors.evaluate(d.rule(), at, signals, events);
      if (result.raised()) {
        raised.add(new Raised(d, result));
      } else if (result.undecided() != null) {
        undecided++;
      } else {
        quiet++;
      }
    }
    return new Result(raised, quiet, undecided);
  }
}
