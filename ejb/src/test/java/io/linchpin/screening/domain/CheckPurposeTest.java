package io.linchpin.screening.domain;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CheckPurposeTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  @Test
  void aCandidateIsCheckedBeforeHireUntilTheDayTheyStart() {
    LocalDate starts = TODAY.plusDays(30);
    assertNull(CheckPurpose.problem(CheckPurpose.PRE_HIRE, starts, TODAY));
    assertNull(CheckPurpose.problem(CheckPurpose.PRE_HIRE, TODAY, TODAY), "on the first day");
    assertNotNull(CheckPurpose.problem(CheckPurpose.IN_SERVICE, starts, TODAY));
  }

  @Test
  void someoneWhoStartedIsCheckedInServiceOnly() {
    LocalDate started = TODAY.minusDays(1);
    assertNotNull(CheckPurpose.problem(CheckPurpose.PRE_HIRE, started, TODAY));
    assertNull(CheckPurpose.problem(CheckPurpose.IN_SERVICE, started, TODAY));
    assertNull(CheckPurpose.problem(CheckPurpose.IN_SERVICE, TODAY, TODAY), "from the first day");
  }
}
