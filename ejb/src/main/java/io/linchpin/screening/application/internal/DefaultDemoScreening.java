package io.linchpin.screening.application.internal;

import io.linchpin.screening.application.DemoScreening;
import io.linchpin.screening.domain.CheckOutcome;
import io.linchpin.screening.domain.CheckPurpose;
import io.linchpin.screening.domain.Consent;
import io.linchpin.screening.domain.DataCategory;
import io.linchpin.screening.domain.ExternalCheck;
import io.linchpin.screening.domain.ExternalSources;
import io.linchpin.screening.domain.ExternalSources.SourceRecord;
import io.linchpin.screening.domain.NecessityStatements;
import io.linchpin.screening.domain.ScreeningRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/** See {@link DemoScreening}. Findings come from the configured source, as a real check would. */
@Stateless
@PermitAll
public class DefaultDemoScreening implements DemoScreening {

  private static final Logger LOG = Logger.getLogger(DefaultDemoScreening.class.getName());
  private static final String BY = "demo";

  @Inject ScreeningRepository screening;
  @Inject ExternalSources sources;
  @Inject FindingKeeper keeper;
  @Inject Retention retention;

  private final Clock clock = Clock.systemDefaultZone();

  @Override
  public void seed(Person engineer, Person salesManager, Person employeeLogin) {
    Consent credit = given(engineer, DataCategory.CREDIT_REPORT);
    check(engineer, DataCategory.CREDIT_REPORT, credit);
    Consent court = given(salesManager, DataCategory.COURT_RECORDS);
    check(salesManager, DataCategory.COURT_RECORDS, court);
    LocalDate today = LocalDate.now(clock);
    screening.add(
        Consent.request(
            employeeLogin.id(),
            DataCategory.CREDIT_REPORT,
            CheckPurpose.IN_SERVICE,
            statement(DataCategory.CREDIT_REPORT),
            today,
            today.plusMonths(Consent.DEFAULT_VALIDITY_MONTHS),
            BY,
            clock.instant()));
  }

  private Consent given(Person p, DataCategory category) {
    LocalDate today = LocalDate.now(clock);
    Consent c =
        Consent.request(
            p.id(),
            category,
            CheckPurpose.IN_SERVICE,
            statement(category),
            today,
            today.plusMonths(Consent.DEFAULT_VALIDITY_MONTHS),
            BY,
            clock.instant());
    c.give("demo|" + p.employeeNumber(), clock.instant());
    screening.add(c);
    return c;
  }

  private void check(Person p, DataCategory category, Consent consent) {
    String source = sources.sourceFor(category, null).orElse(null);
    if (source == null) {
      LOG.info(() -> "Demo: no source answers " + category + "; the demo has no findings");
      return;
    }
    List<SourceRecord> records;
    try {
      records = sources.lookup(source, p.nationalId(), p.fullName(), category);
    } catch (ExternalSources.SourceUnavailableException ex) {
      LOG.warning(() -> "Demo: " + source + " did not answer: " + ex.getMessage());
      return;
    }
    ExternalCheck check =
        new ExternalCheck(
            p.id(),
            category,
            CheckPurpose.IN_SERVICE,
            source,
            consent.getId(),
            BY,
            clock.instant(),
            CheckOutcome.DONE,
            records.size(),
            0,
            null);
    screening.add(check);
    check.counted(
        records.size(),
        keeper.keep(p.id(), p.dataSubject(), category, source, consent, check.getId(), records));
  }

  private String statement(DataCategory category) {
    return NecessityStatements.standard(
        category, CheckPurpose.IN_SERVICE, retention.days(category));
  }
}
