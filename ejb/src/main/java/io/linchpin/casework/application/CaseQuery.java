package io.linchpin.casework.application;

/**
 * A fluent query over the cases the caller may see: {@code
 * CaseQuery.cases().open().type("DEBT_COLLECTION").page(0, 50)}.
 */
public final class CaseQuery {

  private String status;
  private String type;
  private Long employeeId;
  private int page;
  private int size = 50;

  private CaseQuery() {}

  public static CaseQuery cases() {
    return new CaseQuery();
  }

  public CaseQuery open() {
    this.status = "OPEN";
    return this;
  }

  public CaseQuery closed() {
    this.status = "CLOSED";
    return this;
  }

  /** OPEN or CLOSED; null for both. */
  public CaseQuery status(String status) {
    this.status = status;
    return this;
  }

  public CaseQuery type(String type) {
    this.type = type;
    return this;
  }

  public CaseQuery employee(Long employeeId) {
    this.employeeId = employeeId;
    return this;
  }

  public CaseQuery page(int page, int size) {
    this.page = page;
    this.size = size;
    return this;
  }

  public String status() {
    return status;
  }

  public String type() {
    return type;
  }

  public Long employeeId() {
    return employeeId;
  }

  public int page() {
    return page;
  }

  public int size() {
    return size;
  }
}
