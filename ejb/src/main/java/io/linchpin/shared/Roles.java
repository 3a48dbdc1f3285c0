package io.linchpin.shared;

/** The role names Linchpin knows; nothing is allowed unless one of these grants it. */
public final class Roles {

  public static final String HR_ADMIN = "hr-admin";
  public static final String HR_BP = "hr-bp";
  public static final String LEGAL = "legal";
  public static final String LINE_MANAGER = "line-manager";
  public static final String BUSINESS_HEAD = "business-head";
  public static final String IT_ADMIN = "it-admin";
  public static final String AUDITOR = "auditor";
  public static final String EMPLOYEE = "employee";

  /** Every role, in the order above. */
  public static final java.util.List<String> ALL =
      java.util.List.of(
          HR_ADMIN, HR_BP, LEGAL, LINE_MANAGER, BUSINESS_HEAD, IT_ADMIN, AUDITOR, EMPLOYEE);

  private Roles() {}
}
