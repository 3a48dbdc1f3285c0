package io.linchpin.screening.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linchpin.shared.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A consent allows checks only while given and valid, and never again once withdrawn. */
class ConsentTest {

  private static final LocalDate START = LocalDate.of(2026, 12, 1);
  private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

  private static Consent requested() {
    return Consent.request(
        7,
        DataCategory.CREDIT_REPORT,
        CheckPurpose.IN_SERVICE,
        NecessityStatements.standard(DataCategory.CREDIT_REPORT, CheckPurpose.IN_SERVICE, 365),
        START,
        START.plusMonths(12),
        "hr.admin",
        NOW);
  }

  @Test
  void aRequestAllowsNothingUntilTheEmployeeGivesIt() {
    Consent c = requested();
    assertFalse(c.allowsOn(START));
    c.give("https://sso|sub-1", NOW);
    assertEquals(ConsentStatus.ACTIVE, c.statusOn(START));
    assertEquals(ConsentEvidence.E_CONSENT, c.getEvidence());
    assertTrue(c.allowsOn(START));
    assertTrue(c.allowsOn(START.plusMonths(12)), "the last day counts");
    assertFalse(c.allowsOn(START.plusMonths(12).plusDays(1)));
    assertEquals(ConsentStatus.EXPIRED, c.statusOn(START.plusMonths(12).plusDays(1)));
    assertFalse(c.allowsOn(START.minusDays(1)), "not before it starts");
  }

  @Test
  void withdrawalIsFinalAndOnlyAGivenConsentCanBeWithdrawn() {
    Consent c = requested();
    assertThrows(ConflictException.class, () -> c.withdraw("me", null, NOW));
    c.give("https://sso|sub-1", NOW);
    c.withdraw("me", null, NOW);
    assertEquals(ConsentStatus.WITHDRAWN, c.statusOn(START));
    assertFalse(c.allowsOn(START));
    assertThrows(ConflictException.class, () -> c.withdraw("me", null, NOW));
    assertThrows(ConflictException.class, () -> c.give("https://sso|sub-1", NOW));
  }

  @Test
  void aRefusalIsAnAnswerToo() {
    Consent c = requested();
    c.refuse("https://sso|sub-1", NOW);
    assertEquals(ConsentStatus.REFUSED, c.statusOn(START));
    assertThrows(ConflictException.class, () -> c.give("https://sso|sub-1", NOW));
  }

  @Test
  void theStandardStatementSaysWhatWhyHowLongAndThatNoIsFree() {
    String s = NecessityStatements.standard(DataCategory.COURT_RECORDS, CheckPurpose.PRE_HIRE, 730);
    assertTrue(s.contains("法院裁判文书") && s.contains("730") && s.contains("撤回"), s);
    assertTrue(s.contains("court judgements") && s.contains("no effect on your hiring"), s);
  }
}
