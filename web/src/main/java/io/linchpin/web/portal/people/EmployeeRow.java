package io.linchpin.web.portal.people;

import io.linchpin.people.application.EmployeeSummary;
import io.linchpin.people.application.Ref;
import java.io.Serializable;
import java.time.LocalDate;

/** A table row of the employee list, with bean getters for Faces. */
public class EmployeeRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String employeeNumber;
  private final String fullName;
  private final String orgUnit;
  private final String position;
  private final String status;
  private final LocalDate hireDate;

  EmployeeRow(EmployeeSummary s) {
    this.id = s.id();
    this.employeeNumber = s.employeeNumber();
    this.fullName = s.fullName();
    this.orgUnit = label(s.orgUnit());
    this.position = label(s.position());
    this.status = s.status().name();
    this.hireDate = s.hireDate();
  }

  private static String label(Ref ref) {
    return ref == null ? "" : ref.label();
  }

  public long getId() {
    return id;
  }

  public String getEmployeeNumber() {
    return employeeNumber;
  }

  public String getFullName() {
    return fullName;
  }

  public String getOrgUnit() {
    return orgUnit;
  }

  public String getPosition() {
    return position;
  }

  public String getStatus() {
    return status;
  }

  public LocalDate getHireDate() {
    return hireDate;
  }
}
