package io.linchpin.people.domain;

import io.linchpin.shared.EmployeeId;
import io.linchpin.shared.FieldSealer;
import io.linchpin.shared.Sealable;
import io.linchpin.shared.SealingListener;
import io.linchpin.shared.Sensitive;
import io.linchpin.shared.Visibility;
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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An employee record. Personal data (name, contact, ID and bank numbers) is corrected in place;
 * employment terms (org unit, position, manager, salary, status) only change through {@link
 * EmploymentEvent}s, so the record as of any date can be rebuilt from the history. The fields here
 * always hold the terms as of today.
 */
@Entity
@Table(name = "employee")
@EntityListeners(SealingListener.class)
public class Employee implements Sealable {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employee_seq")
  @SequenceGenerator(name = "employee_seq", sequenceName = "employee_seq", allocationSize = 50)
  private Long id;

  @Column(name = "employee_number", nullable = false, unique = true, length = 32)
  private String employeeNumber;

  @Column(name = "full_name", nullable = false, length = 200)
  private String fullName;

  @Column(length = 254)
  private String email;

  @Column(length = 32)
  private String phone;

  @Sensitive("resident identity number")
  @Transient
  private String nationalId;

  @Column(name = "national_id", length = 512)
  private String nationalIdSealed;

  /** Blind index of the national ID, for exact-match search without decrypting every row. */
  @Column(name = "national_id_index", length = 32)
  private String nationalIdIndex;

  @Sensitive("bank account for payroll")
  @Transient
  private String bankAccount;

  @Column(name = "bank_account", length = 512)
  private String bankAccountSealed;

  @Sensitive("remuneration")
  @Transient
  private BigDecimal baseSalary;

  @Column(name = "base_salary", length = 512)
  private String baseSalarySealed;

  /** When the person's data was erased; the record stays as a skeleton. */
  @Column(name = "erased_at")
  private Instant erasedAt;

  /** While set, the person's data must not be erased (litigation, investigation). */
  @Column(name = "legal_hold", nullable = false)
  private boolean legalHold;

  /** How many lifecycle events the record has; numbers the next one. */
  @Column(name = "event_count", nullable = false)
  private int eventCount;

  @Transient private FieldSealer sealer;

  /** Whether the sensitive fields hold their clear values (always, for a new record). */
  @Transient private boolean open;

  @Column(name = "hire_date", nullable = false)
  private LocalDate hireDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private EmployeeStatus status;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "org_unit_id")
  private OrgUnit orgUnit;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "position_id")
  private Position position;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "manager_id")
  private Employee manager;

  @Version private int version;

  protected Employee() {}

  public Employee(String employeeNumber, PersonalData personalData, LocalDate hireDate) {
    this.employeeNumber = employeeNumber;
    this.hireDate = hireDate;
    this.status = EmployeeStatus.ACTIVE;
    this.open = true;
    correct(personalData);
  }

  static final String TABLE = "employee";

  @Override
  public void seal(FieldSealer fieldSealer) {
    this.sealer = fieldSealer;
    if (erasedAt != null) {
      return; // erased: the stored form stays empty
    }
    ensureOpen();
    nationalIdSealed =
        fieldSealer.seal(subject(), TABLE, "national_id", employeeNumber, nationalId);
    nationalIdIndex = nationalId == null ? null : fieldSealer.blindIndex("national_id", nationalId);
    bankAccountSealed =
        fieldSealer.seal(subject(), TABLE, "bank_account", employeeNumber, bankAccount);
    baseSalarySealed =
        fieldSealer.seal(
            subject(),
            TABLE,
            "base_salary",
            employeeNumber,
            baseSalary == null ? null : baseSalary.toPlainString());
  }

  @Override
  public void loaded(FieldSealer fieldSealer) {
    this.sealer = fieldSealer;
    this.open = false;
  }

  /** The data subject whose key seals this person's data. */
  public String subject() {
    return employeeNumber;
  }

  /**
   * Erases the person's data: sensitive values are dropped here and, by destroying the person's
   * key, everywhere else they lie (history, backups); name and contact data are removed. What stays
   * is a skeleton that keeps numbers and counts right.
   */
  public void erase(Instant at) {
    this.erasedAt = at;
    this.open = true;
    this.fullName = ERASED_NAME;
    this.email = null;
    this.phone = null;
    this.nationalId = null;
    this.bankAccount = null;
    this.baseSalary = null;
    this.nationalIdSealed = null;
    this.nationalIdIndex = null;
    this.bankAccountSealed = null;
    this.baseSalarySealed = null;
  }

  public static final String ERASED_NAME = "(erased)";

  public boolean isErased() {
    return erasedAt != null;
  }

  public Instant getErasedAt() {
    return erasedAt;
  }

  public boolean isUnderLegalHold() {
    return legalHold;
  }

  public void holdForLegal(boolean held) {
    this.legalHold = held;
  }

  /** Numbers the next lifecycle event (1, 2, …); the number binds its sealed values to it. */
  int nextEventSeq() {
    return ++eventCount;
  }

  private void ensureOpen() {
    if (open) {
      return;
    }
    if (erasedAt != null) {
      open = true; // nothing left to open: the key is gone
      return;
    }
    nationalId = sealer.open(subject(), TABLE, "national_id", employeeNumber, nationalIdSealed);
    bankAccount = sealer.open(subject(), TABLE, "bank_account", employeeNumber, bankAccountSealed);
    String salary = sealer.open(subject(), TABLE, "base_salary", employeeNumber, baseSalarySealed);
    baseSalary = salary == null ? null : new BigDecimal(salary);
    open = true;
  }

  /** Makes the stored form stale so the next flush seals the changed values again. */
  private void resealOnFlush() {
    nationalIdSealed = null;
    bankAccountSealed = null;
    baseSalarySealed = null;
  }

  /**
   * Puts a new person on the books: the record and the hire event that puts its terms in force,
   * both complete before either is stored. The event's {@link EmploymentEvent#getEmployee()} is the
   * new record.
   */
  public static EmploymentEvent hire(
      String employeeNumber,
      PersonalData personalData,
      LocalDate hireDate,
      EmploymentTerms terms,
      String reason,
      Instant recordedAt,
      String recordedBy) {
    Employee employee = new Employee(employeeNumber, personalData, hireDate);
    EmploymentEvent hire =
        new EmploymentEvent(
            employee,
            LifecycleEventType.HIRE,
            hireDate,
            terms.withStatus(LifecycleEventType.HIRE.resultingStatus()),
            reason,
            recordedAt,
            recordedBy);
    employee.apply(hire);
    hire.markApplied();
    return hire;
  }

  /**
   * Records a change of terms from a date; it takes effect in this record at once when that date
   * has come, otherwise when the daily run reaches it.
   */
  public EmploymentEvent change(
      LifecycleEventType type,
      LocalDate effectiveDate,
      EmploymentTerms after,
      String reason,
      Instant recordedAt,
      String recordedBy,
      LocalDate today) {
    EmploymentEvent event =
        new EmploymentEvent(this, type, effectiveDate, after, reason, recordedAt, recordedBy);
    if (!effectiveDate.isAfter(today)) {
      apply(event);
      event.markApplied();
    }
    return event;
  }

  /**
   * Corrects personal data; these facts are not effective-dated. Returns whether anything changed.
   */
  public boolean correct(PersonalData data) {
    ensureOpen();
    boolean changed =
        !data.equals(new PersonalData(fullName, email, phone, nationalId, bankAccount));
    if (!java.util.Objects.equals(data.nationalId(), nationalId)
        || !java.util.Objects.equals(data.bankAccount(), bankAccount)) {
      resealOnFlush();
    }
    this.fullName = data.fullName();
    this.email = data.email();
    this.phone = data.phone();
    this.nationalId = data.nationalId();
    this.bankAccount = data.bankAccount();
    return changed;
  }

  /** Takes over the employment terms recorded by an event that is now in effect. */
  public void apply(EmploymentEvent event) {
    ensureOpen();
    BigDecimal salary = event.getBaseSalary();
    if (salary == null
        ? baseSalary != null
        : baseSalary == null || salary.compareTo(baseSalary) != 0) {
      resealOnFlush();
    }
    this.orgUnit = event.getOrgUnit();
    this.position = event.getPosition();
    this.manager = event.getManager();
    this.baseSalary = event.getBaseSalary();
    this.status = event.getStatus();
    if (event.getType() == LifecycleEventType.REHIRE) {
      this.hireDate = event.getEffectiveDate();
    }
  }

  /** The current terms without the salary, read without opening the sealed fields. */
  public EmploymentTerms termsWithoutSalary() {
    return new EmploymentTerms(orgUnit, position, manager, null, status);
  }

  /** The current terms, as the starting point of the next event. */
  public EmploymentTerms terms() {
    ensureOpen();
    return new EmploymentTerms(orgUnit, position, manager, baseSalary, status);
  }

  public Long getId() {
    return id;
  }

  public EmployeeId id() {
    return EmployeeId.of(id);
  }

  public String getEmployeeNumber() {
    return employeeNumber;
  }

  public String getFullName() {
    return fullName;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public String getNationalId() {
    ensureOpen();
    return nationalId;
  }

  public String getBankAccount() {
    ensureOpen();
    return bankAccount;
  }

  public BigDecimal getBaseSalary() {
    ensureOpen();
    return baseSalary;
  }

  public LocalDate getHireDate() {
    return hireDate;
  }

  public EmployeeStatus getStatus() {
    return status;
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

  public PersonalData personalData() {
    ensureOpen();
    return new PersonalData(fullName, email, phone, nationalId, bankAccount);
  }

  /** Whether a caller with this visibility sees this person. */
  public boolean visibleTo(Visibility visibility) {
    return visibility.sees(getId(), getOrgUnit() == null ? null : getOrgUnit().getPath());
  }

  /** Whether a caller with this visibility sees this person's sensitive fields. */
  public boolean sensitiveVisibleTo(Visibility visibility) {
    return visibility.seesSensitive(getId(), getOrgUnit() == null ? null : getOrgUnit().getPath());
  }
}
