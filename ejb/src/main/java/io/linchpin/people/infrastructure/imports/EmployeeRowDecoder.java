package io.linchpin.people.infrastructure.imports;

import io.linchpin.people.domain.EmploymentDates;
import io.linchpin.people.domain.PersonalData;
import io.linchpin.people.domain.PersonalDataPolicy;
import io.linchpin.people.domain.imports.ImportField;
import io.linchpin.people.domain.imports.RowProblem;
import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.tabular.LenientDates;
import io.linchpin.shared.tabular.SourceRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns one row into an {@link EmployeeRecord} or the list of everything wrong with it, applying
 * the same rules as the API ({@link PersonalDataPolicy}). Errors name the line and the column as
 * the file writes it, never the value.
 */
public final class EmployeeRowDecoder {

  private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9._-]{1,32}");
  private static final Pattern AMOUNT_NOISE = Pattern.compile("[¥￥,，\\s元]");
  private static final Map<String, ImportField> POLICY_FIELDS =
      Map.of(
          "fullName", ImportField.FULL_NAME,
          "email", ImportField.EMAIL,
          "phone", ImportField.PHONE,
          "nationalId", ImportField.NATIONAL_ID,
          "bankAccount", ImportField.BANK_ACCOUNT,
          "baseSalary", ImportField.BASE_SALARY);

  private final ColumnLayout layout;
  private final LocalDate today;

  public EmployeeRowDecoder(ColumnLayout layout, LocalDate today) {
    this.layout = layout;
    this.today = today;
  }

  /** Either a record (problems empty) or the problems (record null). */
  public record Result(EmployeeRecord record, List<RowProblem> problems) {}

  public Result decode(SourceRow row) {
    List<RowProblem> problems = new ArrayList<>();
    int line = row.line();

    String number = layout.value(row, ImportField.EMPLOYEE_NUMBER);
    if (number == null) {
      problems.add(problem(line, ImportField.EMPLOYEE_NUMBER, "is required"));
    } else if (!NUMBER.matcher(number).matches()) {
      problems.add(
          problem(
              line,
              ImportField.EMPLOYEE_NUMBER,
              "must be 1 to 32 letters, digits, '.', '_' or '-'"));
    }

    LocalDate hireDate = null;
    String hireText = layout.value(row, ImportField.HIRE_DATE);
    if (hireText == null) {
      problems.add(problem(line, ImportField.HIRE_DATE, "is required"));
    } else {
      Optional<LocalDate> parsed = LenientDates.parse(hireText);
      if (parsed.isEmpty()) {
        problems.add(
            problem(
                line,
                ImportField.HIRE_DATE,
                "is not an existing date (write e.g. 2019-03-05, 2019/3/5 or 2019年3月5日)"));
      } else if (EmploymentDates.implausible(parsed.get(), today).isPresent()) {
        problems.add(
            problem(
                line,
                ImportField.HIRE_DATE,
                EmploymentDates.implausible(parsed.get(), today).get()));
      } else {
        hireDate = parsed.get();
      }
    }

    BigDecimal salary = null;
    String salaryText = layout.value(row, ImportField.BASE_SALARY);
    if (salaryText != null) {
      try {
        salary = new BigDecimal(AMOUNT_NOISE.matcher(salaryText).replaceAll(""));
      } catch (NumberFormatException e) {
        problems.add(problem(line, ImportField.BASE_SALARY, "is not an amount like 12000.00"));
      }
    }

    PersonalData data =
        PersonalDataPolicy.normalize(
            new PersonalData(
                layout.value(row, ImportField.FULL_NAME),
                layout.value(row, ImportField.EMAIL),
                layout.value(row, ImportField.PHONE),
                layout.value(row, ImportField.NATIONAL_ID),
                layout.value(row, ImportField.BANK_ACCOUNT)));
    List<FieldViolation> violations = new ArrayList<>(PersonalDataPolicy.check(data));
    violations.addAll(PersonalDataPolicy.checkSalary("baseSalary", salary));
    for (FieldViolation v : violations) {
      problems.add(problem(line, POLICY_FIELDS.get(v.field()), v.message()));
    }

    String orgPath = OrgPaths.normalize(layout.value(row, ImportField.ORG_UNIT));
    if (orgPath != null) {
      OrgPaths.problem(orgPath)
          .ifPresent(p -> problems.add(problem(line, ImportField.ORG_UNIT, p)));
    }
    String position = layout.value(row, ImportField.POSITION);
    if (position != null && position.length() > 200) {
      problems.add(problem(line, ImportField.POSITION, "must be at most 200 characters"));
    }
    String manager = layout.value(row, ImportField.MANAGER_NUMBER);
    if (manager != null && !NUMBER.matcher(manager).matches()) {
      problems.add(problem(line, ImportField.MANAGER_NUMBER, "is not an employee number"));
    } else if (manager != null && manager.equals(number)) {
      problems.add(
          problem(line, ImportField.MANAGER_NUMBER, "an employee cannot manage themselves"));
    }

    if (!problems.isEmpty()) {
      return new Result(null, problems);
    }
    return new Result(
        new EmployeeRecord(line, number, data, orgPath, position, hireDate, salary, manager),
        List.of());
  }

  public RowProblem problem(int line, ImportField field, String message) {
    return new RowProblem(line, layout.header(field), message);
  }
}
