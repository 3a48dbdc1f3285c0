package io.linchpin.screening.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linchpin.screening.domain.CheckPurpose;
import io.linchpin.screening.domain.DataCategory;
import io.linchpin.screening.domain.DroppedRecord;
import io.linchpin.shared.ResidentIdNumber;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files a source drops are read in full, or refused with every problem and no value named. */
class DropFileReaderTest {

  private static final String ID = id("11010519850312001");

  private static String id(String first17) {
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }

  @Test
  void aCsvWithChineseHeadersIsRead() {
    String csv =
        "身份证号,类别,类型,编号,日期,金额,摘要,用途\n"
            + ID
            + ",credit_report,new_loan,L-1,2026/11/3,\"30,000\",网络小贷,\n"
            + ID
            + ",COURT_RECORDS,JUDGEMENT,(2025)沪0105民初123号,2025年8月1日,200000,,PRE_HIRE\n";
    DropFileReader.Reading r =
        DropFileReader.read("drop.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertTrue(r.problems().isEmpty(), r.problems().toString());
    assertEquals(2, r.rows().size());
    DroppedRecord first = r.rows().get(0);
    assertEquals(DataCategory.CREDIT_REPORT, first.category());
    assertEquals(CheckPurpose.IN_SERVICE, first.purpose());
    assertEquals("NEW_LOAN", first.record().kind());
    assertEquals(LocalDate.of(2026, 11, 3), first.record().occurredOn());
    assertEquals(new BigDecimal("30000"), first.record().amount());
    assertEquals(CheckPurpose.PRE_HIRE, r.rows().get(1).purpose());
  }

  @Test
  void aJsonFileIsRead() {
    String json =
        "{\"records\": [{\"nationalId\": \""
            + ID
            + "\", \"category\": \"DISHONEST_DEBTOR\", \"kind\": \"LISTING\","
            + " \"reference\": \"D-9\", \"occurredOn\": \"2026-10-12\", \"amount\": 5000}]}";
    DropFileReader.Reading r =
        DropFileReader.read("drop.json", json.getBytes(StandardCharsets.UTF_8));
    assertTrue(r.problems().isEmpty(), r.problems().toString());
    assertEquals(new BigDecimal("5000"), r.rows().get(0).record().amount());
  }

  @Test
  void oneBadRowRefusesTheWholeFileAndNoValueIsRepeated() {
    String csv =
        "nationalId,category,kind,reference,occurredOn,amount\n"
            + ID
            + ",CREDIT_REPORT,NEW_LOAN,L-1,2026-11-03,100\n"
            + "110105198503120019,HOROSCOPE,new loan,,2026-02-30,-5\n";
    DropFileReader.Reading r =
        DropFileReader.read("drop.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertTrue(r.rows().isEmpty(), "nothing from a refused file");
    assertEquals(
        List.of(
            "line 3: nationalId check digit does not match (GB 11643)",
            "line 3: category must be one of [CREDIT_REPORT, COURT_RECORDS, DISHONEST_DEBTOR,"
                + " SOCIAL_INSURANCE]",
            "line 3: occurredOn must be a date like 2026-11-03",
            "line 3: kind: must be an upper-case word such as NEW_LOAN",
            "line 3: reference: required, at most 200 characters",
            "line 3: amount: may not be negative"),
        r.problems());
    assertFalse(String.join(" ", r.problems()).contains("11010519850312"));
  }

  @Test
  void aHeaderNamingNoFieldOrMissingOneIsRefused() {
    DropFileReader.Reading r =
        DropFileReader.read("drop.csv", "身份证号,类别,客户\n".getBytes(StandardCharsets.UTF_8));
    assertTrue(
        r.problems().contains("line 1: the column 3 names no field"), r.problems().toString());
    assertTrue(
        r.problems().contains("line 1: the column kind is missing"), r.problems().toString());
    assertEquals(
        List.of("the file must be .csv, .xlsx or .json"),
        DropFileReader.read("drop.pdf", new byte[] {1}).problems());
    assertEquals(
        List.of("the file must be an object with an array \"records\""),
        DropFileReader.read("drop.json", "[]".getBytes(StandardCharsets.UTF_8)).problems());
  }
}
