package io.linchpin.people.domain;

import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.ResidentIdNumber;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules every employee's personal data must satisfy, whether it comes from the API, the portal
 * or an import. Returns every violation, keyed by the field name, and the normalised data.
 */
public final class PersonalDataPolicy {

  public static final BigDecimal MAX_SALARY = new BigDecimal("9999999999999.99");

  private PersonalDataPolicy() {}

  /** Normalises phone, ID and account formats so equal data compares equal. */
  public static PersonalData normalize(PersonalData d) {
    return new PersonalData(
        trimToNull(d.fullName()),
        trimToNull(d.email()),
        trimToNull(ContactRules.normalizePhone(d.phone())),
        trimToNull(ResidentIdNumber.normalize(d.nationalId())),
        trimToNull(ContactRules.normalizeBankAccount(d.bankAccount())));
  }

  /** Checks normalised data. */
  public static List<FieldViolation> check(PersonalData d) {
    List<FieldViolation> violations = new ArrayList<>();
    if (d.fullName() == null) {
      violations.add(new FieldViolation("fullName", "is required"));
    } else if (d.fullName().length() > 200) {
      violations.add(new FieldViolation("fullName", "must be at most 200 characters"));
    }
    if (d.email() != null) {
      ContactRules.emailProblem(d.email())
          .ifPresent(p -> violations.add(new FieldViolation("email", p)));
    }
    if (d.phone() != null) {
      ContactRules.phoneProblem(d.phone())
          .ifPresent(p -> violations.add(new FieldViolation("phone", p)));
    }
    if (d.nationalId() != null) {
      ResidentIdNumber.problem(d.nationalId())
          .ifPresent(p -> violations.add(new FieldViolation("nationalId", p)));
    }
    if (d.bankAccount() != null) {
      ContactRules.bankAccountProblem(d.bankAccount())
          .ifPresent(p -> violations.add(new FieldViolation("bankAccount", p)));
    }
    return violations;
  }

  /** Checks a salary amount: not negative, at most two decimals, within the column. */
  public static List<FieldViolation> checkSalary(String field, BigDecimal salary) {
    if (salary == null) {
      return List.of();
    }
    if (salary.signum() < 0) {
      return List.of(new FieldViolation(field, "must not be negative"));
    }
    if (salary.stripTrailingZeros().scale() > 2) {
      return List.of(new FieldViolation(field, "must have at most two decimals"));
    }
    if (salary.compareTo(MAX_SALARY) > 0) {
      return List.of(new FieldViolation(field, "is too large"));
    }
    return List.of();
  }

  static String trimToNull(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
