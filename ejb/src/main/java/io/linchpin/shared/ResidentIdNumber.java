package io.linchpin.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Rules for the 18-character PRC resident identity number (GB 11643-1999): 17 digits, of which
 * digits 7 to 14 are the date of birth, and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
public final class ResidentIdNumber {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private ResidentIdNumber() {}

  /** Why the value is not a valid resident ID number, or empty if it is one. */
  public static Optional<String> problem(String value) {
    if (value == null || value.length() != 18) {
      return Optional.of("must be 18 characters");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.of("the first 17 characters must be digits");
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    char given = Character.toUpperCase(value.charAt(17));
    if (given != CHECK[sum % 11]) {
      return Optional.of("check digit does not match (GB 11643)");
    }
    try {
      LocalDate birth =
          LocalDate.of(
              Integer.parseInt(value.substring(6, 10)),
              Integer.parseInt(value.substring(10, 12)),
              Integer.parseInt(value.substring(12, 14)));
      if (birth.getYear() < 1900 || birth.isAfter(LocalDate.now())) {
        return Optional.of("date of birth is not plausible");
      }
    } catch (DateTimeException e) {
      return Optional.of("date of birth does not exist");
    }
    return Optional.empty();
  }

  /** The canonical form: upper-case check character. */
  public static String normalize(String value) {
    return value == null ? null : value.trim().toUpperCase();
  }

  /** Computes the check character for 17 digits; used to build valid demo and test data. */
  public static char checkCharacter(String first17Digits) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }
}
