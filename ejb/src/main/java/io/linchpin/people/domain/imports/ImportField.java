package io.linchpin.people.domain.imports;

import io.linchpin.shared.tabular.TabularFile;
import java.util.List;
import java.util.Optional;

/**
 * The columns an employee file may carry, with the headers Linchpin's own template uses (English
 * and Chinese) and the names old systems commonly write.
 */
public enum ImportField {
  EMPLOYEE_NUMBER(
      "employeeNumber",
      true,
      "employee_number",
      "工号",
      "员工编号",
      "员工号",
      "employee number",
      "employee no"),
  FULL_NAME("fullName", true, "full_name", "姓名", "员工姓名", "name", "full name"),
  ORG_UNIT("orgUnit", false, "org_unit", "部门", "所属部门", "组织", "department", "org unit"),
  POSITION("position", false, "position", "职位", "岗位", "job title"),
  HIRE_DATE("hireDate", true, "hire_date", "入职日期", "入职时间", "hire date", "start date"),
  NATIONAL_ID("nationalId", false, "national_id", "身份证号", "身份证号码", "身份证", "id number"),
  BANK_ACCOUNT("bankAccount", false, "bank_account", "银行账号", "银行卡号", "工资卡号", "bank account"),
  BASE_SALARY("baseSalary", false, "base_salary", "基本工资", "月薪", "基本薪资", "salary", "base salary"),
  EMAIL("email", false, "email", "邮箱", "电子邮箱", "电子邮件", "e-mail"),
  PHONE("phone", false, "phone", "手机", "手机号", "手机号码", "联系电话", "mobile"),
  MANAGER_NUMBER("managerNumber", false, "manager_number", "直属上级工号", "上级工号", "manager number");

  private final String apiName;
  private final boolean required;
  private final List<String> headers;

  ImportField(String apiName, boolean required, String... headers) {
    this.apiName = apiName;
    this.required = required;
    this.headers = List.of(headers);
  }

  /** The field's name in the API and in saved mappings. */
  public String apiName() {
    return apiName;
  }

  public boolean required() {
    return required;
  }

  /** The template's English header. */
  public String englishHeader() {
    return headers.get(0);
  }

  /** The template's Chinese header. */
  public String chineseHeader() {
    return headers.get(1);
  }

  /** The field a header names, comparing without case, spaces, underscores or a BOM. */
  public static Optional<ImportField> forHeader(String header) {
    String key = normalizeHeader(header);
    for (ImportField field : values()) {
      if (normalizeHeader(field.apiName).equals(key)) {
        return Optional.of(field);
      }
      for (String h : field.headers) {
        if (normalizeHeader(h).equals(key)) {
          return Optional.of(field);
        }
      }
    }
    return Optional.empty();
  }

  /** The field with the given API name. */
  public static Optional<ImportField> forApiName(String name) {
    for (ImportField field : values()) {
      if (field.apiName.equalsIgnoreCase(name) || field.name().equalsIgnoreCase(name)) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }

  public static String normalizeHeader(String header) {
    return TabularFile.headerKey(header);
  }
}
