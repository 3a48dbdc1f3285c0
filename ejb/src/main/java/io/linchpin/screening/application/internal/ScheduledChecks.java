package io.linchpin.screening.application.internal;

import io.linchpin.screening.domain.CheckPurpose;
import io.linchpin.screening.domain.Consent;
import io.linchpin.screening.domain.DataCategory;
import io.linchpin.screening.domain.ExternalSources;
import io.linchpin.screening.domain.ScreeningRepository;
import io.linchpin.shared.ConflictException;
import io.linchpin.shared.LinchpinException;
import io.linchpin.shared.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Periodic in-service checks: every person with an in-service consent in force is looked up again
 * once their source's interval ({@code linchpin.screening.<id>.everyDays}, 30 by default) has
 * passed since their last successful check of that category. Each check runs in a transaction of
 * its own, so one source failing does not stop the others; refusals and failures are on record as
 * always.
 */
@Stateless
@RolesAllowed(Roles.HR_ADMIN)
public class ScheduledChecks {

  static final String BY = "schedule";
  private static final Logger LOG = Logger.getLogger(ScheduledChecks.class.getName());

  @Inject ScreeningRepository screening;
  @Inject ExternalSources sources;
  @Inject CheckRunner runner;
  @Resource SessionContext session;

  private final Clock clock = Clock.systemDefaultZone();

  /** Runs every check that is due; returns how many ran. */
  public int runDue() {
    LocalDate today = LocalDate.now(clock);
    Instant now = clock.instant();
    Map<String, Instant> last = screening.lastDone(CheckPurpose.IN_SERVICE);
    Set<String> done = new HashSet<>();
    ScheduledChecks self = session.getBusinessObject(ScheduledChecks.class);
    int ran = 0;
    for (Consent c : screening.consentsInForce(CheckPurpose.IN_SERVICE, today)) {
      String key = c.getEmployeeId() + "/" + c.getCategory();
      Optional<String> source = sources.sourceFor(c.getCategory(), null);
      if (!done.add(key) || source.isEmpty()) {
        continue;
      }
      int every = sources.everyDays(source.get());
      Instant previous = last.get(key);
      if (every == 0 || previous != null && previous.isAfter(now.minus(Duration.ofDays(every)))) {
        continue;
      }
      try {
        self.runOne(c.getEmployeeId(), c.getCategory());
        ran++;
      } catch (ConflictException e) {
        if (!"purpose".equals(e.field())) {
          LOG.warning(() -> "Scheduled check " + key + " did not complete: " + e.getMessage());
        } // else a candidate who has not started yet: their in-service checks begin on the day
      } catch (LinchpinException e) {
        LOG.warning(() -> "Scheduled check " + key + " did not complete: " + e.getMessage());
      }
    }
    return ran;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void runOne(long employeeId, DataCategory category) {
    runner.run(employeeId, category.name(), CheckPurpose.IN_SERVICE.name(), null, BY);
  }
}
