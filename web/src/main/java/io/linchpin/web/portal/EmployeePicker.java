package io.linchpin.web.portal;

import io.linchpin.people.application.EmployeeSearch;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.people.application.EmployeeSummary;
import io.linchpin.people.domain.EmployeeCriteria.SortField;
import java.util.List;

/**
 * The employee field of the portal's forms: suggestions as "number · name" among the people the
 * caller may see, and the record a chosen suggestion stands for.
 */
public final class EmployeePicker {

  /** Between the employee number and the name in the suggestions. */
  public static final String SEPARATOR = " · ";

  private EmployeePicker() {}

  public static List<String> suggest(EmployeeService employees, String text) {
    return employees
        .search(new EmployeeSearch(text, null, null, null, null, SortField.FULL_NAME, false, 0, 10))
        .items()
        .stream()
        .map(e -> e.employeeNumber() + SEPARATOR + e.fullName())
        .toList();
  }

  /** The id of the person a suggestion (or a bare employee number) names; null when blank. */
  public static Long idOf(EmployeeService employees, String picked) {
    if (picked == null || picked.isBlank()) {
      return null;
    }
    String number = picked.split(SEPARATOR, 2)[0].trim();
    return employees
        .search(
            new EmployeeSearch(
                number, null, null, null, null, SortField.EMPLOYEE_NUMBER, false, 0, 10))
        .items()
        .stream()
        .filter(e -> e.employeeNumber().equals(number))
        .map(EmployeeSummary::id)
        .findFirst()
        .orElse(-1L);
  }
}
