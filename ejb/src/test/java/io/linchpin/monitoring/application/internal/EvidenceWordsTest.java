package io.linchpin.monitoring.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EvidenceWordsTest {

  @Test
  void aJumpNamesTheMonthsTheUsualTheChangeAndTheThreshold() {
    String json =
        "{\"detector\":\"trips-jump\",\"type\":\"JUMP\",\"evidence\":{\"series\":\"TRIP_DAYS\","
            + "\"window\":[{\"month\":\"2026-09\",\"value\":7.0},{\"month\":\"2026-10\",\"value\":7}],"
            + "\"baselinePoints\":[{\"month\":\"2026-03\",\"value\":5}],"
            + "\"current\":7.00,\"baseline\":5.00,\"change\":0.4000,\"threshold\":0.30}}";
    assertEquals(
        "TRIP_DAYS 2026-09 7, 2026-10 7: mean 7 against your usual 5 (2026-03 5),"
            + " a change of +40%, threshold +30%",
        EvidenceWords.of(json));
  }

  @Test
  void aStreakARatioAndExternalRecordsReadAsWords() {
    assertEquals(
        "EXPENSE_AMOUNT 2026-10 9000, 2026-11 9500, each above the limit 8000",
        EvidenceWords.of(
            "{\"evidence\":{\"series\":\"EXPENSE_AMOUNT\",\"points\":[{\"month\":\"2026-10\","
                + "\"value\":9000.00},{\"month\":\"2026-11\",\"value\":9500}],\"limit\":8000,"
                + "\"periods\":2}}"));
    assertEquals(
        "HOTEL_NIGHT_COST 900 against your usual 400 (2026-10 400): 2.25× your usual,"
            + " threshold 2×",
        EvidenceWords.of(
            "{\"evidence\":{\"series\":\"HOTEL_NIGHT_COST\",\"value\":900,\"baseline\":400,"
                + "\"baselinePoints\":[{\"month\":\"2026-10\",\"value\":400}],\"factor\":2.2500,"
                + "\"threshold\":2}}"));
    assertEquals(
        "external records NEW_LOAN (CREDIT_REPORT) of 2026-10-04",
        EvidenceWords.of(
            "{\"evidence\":{\"records\":[{\"kind\":\"NEW_LOAN\",\"category\":\"CREDIT_REPORT\","
                + "\"occurredOn\":\"2026-10-04\"}],\"kinds\":[\"NEW_LOAN\"]}}"));
    assertEquals("the evidence is no longer readable", EvidenceWords.of(null));
    assertEquals(
        "external records ; and the condition records >= 1 held",
        EvidenceWords.of("{\"condition\":\"records >= 1\",\"evidence\":{\"records\":[]}}"));
  }

  @Test
  void aDivergenceNamesBothSignals() {
    String one =
        "{\"series\":\"%s\",\"window\":[],\"baselinePoints\":[],\"current\":8,\"baseline\":10,"
            + "\"change\":-0.2}";
    String json =
        "{\"evidence\":{\"PERFORMANCE_SCORE\":"
            + String.format(one, "PERFORMANCE_SCORE")
            + ",\"OVERTIME_HOURS\":"
            + String.format(one, "OVERTIME_HOURS")
            + ",\"threshold\":-0.15}}";
    assertEquals(
        "PERFORMANCE_SCORE : mean 8 against your usual 10 (), a change of -20%;"
            + " OVERTIME_HOURS : mean 8 against your usual 10 (), a change of -20%;"
            + " both at or below -15%",
        EvidenceWords.of(json));
  }
}
