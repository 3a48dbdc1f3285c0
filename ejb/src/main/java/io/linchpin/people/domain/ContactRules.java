package io.linchpin.people.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/** What counts as a usable phone number, e-mail address and bank account number. */
public final class ContactRules {

  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern BANK_ACCOUNT = Pattern.compile("\\d{12,19}");

  private ContactRules() {}

  /** Strips spaces, dashes in mobiles and a +86 / 0086 prefix; keeps landline dashes. */
  public static String normalizePhone(String value) {
    if (value == null) {
      return null;
    }
    String v = value.replace(" ", "").replace("\u00a0", "");
    if (v.startsWith("+86")) {
      v = v.substring(3);
    } else if (v.startsWith("0086")) {
      v = v.substring(4);
    }
    if (v.startsWith("1")) {
      v = v.replace("-", "");
    }
    return v;
  }

  public static Optional<String> phoneProblem(String normalized) {
    return MOBILE.matcher(normalized).matches() || LANDLINE.matcher(normalized).matches()
        ? Optional.empty()
        : Optional.of("is not a mainland mobile (11 digits) or landline number");
  }

  public static Optional<String> emailProblem(String value) {
    return value.length() <= 254 && EMAIL.matcher(value).matches()
        ? Optional.empty()
        : Optional.of("is not an e-mail address");
  }

  public static String normalizeBankAccount(String value) {
    return value == null ? null : value.replace(" ", "").replace("-", "");
  }

  public static Optional<String> bankAccountProblem(String normalized) {
    return BANK_ACCOUNT.matcher(normalized).matches()
        ? Optional.empty()
        : Optional.of("must be 12 to 19 digits");
  }
}
