package io.linchpin.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {

  @Test
  void acceptsNumberWithMatchingCheckDigit() {
    assertTrue(ResidentIdNumber.problem("110101199003076632").isEmpty());
    assertTrue(ResidentIdNumber.problem("440304198512120015").isEmpty());
  }

  @Test
  void acceptsCheckCharacterXInEitherCase() {
    String first17 = findPrefixWithCheckX();
    assertTrue(ResidentIdNumber.problem(first17 + "X").isEmpty());
    assertTrue(ResidentIdNumber.problem(first17 + "x").isEmpty());
  }

  @Test
  void rejectsWrongCheckDigit() {
    assertEquals(
        "check digit does not match (GB 11643)",
        ResidentIdNumber.problem("110101199003076633").orElseThrow());
  }

  @Test
  void rejectsWrongLengthAndLetters() {
    assertEquals(
        "must be 18 characters", ResidentIdNumber.problem("11010119900307663").orElseThrow());
    assertEquals(
        "the first 17 characters must be digits",
        ResidentIdNumber.problem("1101011990030A6632").orElseThrow());
  }

  @Test
  void rejectsBirthDateThatDoesNotExist() {
    String first17 = "11010119900230001";
    String id = first17 + ResidentIdNumber.checkCharacter(first17);
    assertEquals("date of birth does not exist", ResidentIdNumber.problem(id).orElseThrow());
  }

  private static String findPrefixWithCheckX() {
    for (int seq = 0; seq < 1000; seq++) {
      String first17 = String.format("11010119900307%03d", seq);
      if (ResidentIdNumber.checkCharacter(first17) == 'X') {
        return first17;
      }
    }
    throw new AssertionError("no prefix with check character X");
  }
}
