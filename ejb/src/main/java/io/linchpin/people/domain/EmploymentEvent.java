package io.linchpin.people.domain;

import io.linchpin.shared.FieldSealer;
import io.linchpin.shared.Sealable;
import io.linchpin.shared.SealingListener;
import io.linchpin.shared.Sensitive;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One change in an employee's employment, effective from a date. It records the complete terms
 * after the change, so the record as of a date is simply the latest event in effect on that date.
 * Events are never edited; a mistake is corrected by a later event.
 */
@Entity
@Table(name = "employment_event")
@EntityListeners(SealingListener.class)
public class EmploymentEvent implements Sealable {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employment_event_seq")
  @SequenceGenerator(
      name = "employment_event_seq",
      sequenceName = "employment_event_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "employee_id", nullable = false)
  private Employee employee;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_type", nullable = false, length = 24)
  private LifecycleEventType type;

  @Column(name = "effective_date", nullable = false)
  private LocalDate effectiveDate;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "org_unit_id")
  private OrgUnit orgUnit;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "position_id")
  private Position position;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "manager_id")
  private Employee manager;

  @Sensitive("remuneration")
  @Transient
  private BigDecimal baseSalary;

  @Column(name = "base_salary", length = 512)
  private String baseSalarySealed;

  /** The event's number in its employee's history (1, 2, …). */
  @Column(nullable = false)
  private int seq;

  @Transient private FieldSealer sealer;

  @Transient private boolean open;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private EmployeeStatus status;

  @Column(length = 500)
  private String reason;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "applied", nullable = false)
  private boolean applied;

  protected EmploymentEvent() {}

  public EmploymentEvent(
      Employee employee,
      LifecycleEventType type,
      LocalDate effectiveDate,
      EmploymentTerms terms,
      String reason,
      Instant recordedAt,
      String recordedBy) {
    this.employee = employee;
    this.seq = employee.nextEventSeq();
    this.open = true;
    this.type = type;
    this.effectiveDate = effectiveDate;
    this.orgUnit = terms.orgUnit();
    this.position = terms.position();
    this.manager = terms.manager();
    this.baseSalary = terms.baseSalary();
    this.status = terms.status();
    this.reason = reason;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
  }

  @Override
  public void seal(FieldSealer fieldSealer) {
    this.sealer = fieldSealer;
    if (employee.isErased()) {
      baseSalarySealed = null;
      return;
    }
    ensureOpen();
    baseSalarySealed =
        fieldSealer.seal(
            employee.subject(),
            "employment_event",
            "base_salary",
            rowKey(),
            baseSalary == null ? null : baseSalary.toPlainString());
  }

  @Override
  public void loaded(FieldSealer fieldSealer) {
    this.sealer = fieldSealer;
    this.open = false;
  }

  private void ensureOpen() {
    if (!open && employee.isErased()) {
      baseSalary = null; // the person's key is destroyed
      open = true;
    }
    if (!open) {
      String salary =
          sealer.open(
              employee.subject(), "employment_event", "base_salary", rowKey(), baseSalarySealed);
      baseSalary = salary == null ? null : new BigDecimal(salary);
      open = true;
    }
  }

  private String rowKey() {
    return employee.getEmployeeNumber() + "#" + seq;
  }

  /** The terms without the salary, read without opening the sealed salary. */
  public EmploymentTerms termsWithoutSalary() {
    return new EmploymentTerms(orgUnit, position, manager, null, status);
  }

  public EmploymentTerms terms() {
    ensureOpen();
    return new EmploymentTerms(orgUnit, position, manager, baseSalary, status);
  }

  /**
   * Names the manager on a hire that an import recorded before the manager's own row was written;
   * only the import that recorded the hire may complete it this way.
   */
  public void assignManager(Employee manager) {
    this.manager = manager;
  }

  /** Marks the event as taken over into the employee's current record. */
  public void markApplied() {
    this.applied = true;
  }

  public Long getId() {
    return id;
  }

  public Employee getEmployee() {
    return employee;
  }

  public LifecycleEventType getType() {
    return type;
  }

  public LocalDate getEffectiveDate() {
    return effectiveDate;
  }

  public OrgUnit getOrgUnit() {
    return orgUnit;
  }

  public Position getPosition() {
    return position;
  }

  public Employee getManager() {
    return manager;
  }

  public BigDecimal getBaseSalary() {
    ensureOpen();
    return baseSalary;
  }

  public EmployeeStatus getStatus() {
    return status;
  }

  public String getReason() {
    return reason;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public boolean isApplied() {
    return applied;
  }
}
