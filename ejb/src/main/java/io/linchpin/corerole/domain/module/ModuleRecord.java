package io.linchpin.corerole.domain.module;

import io.linchpin.shared.ErasedSubjectException;
import io.linchpin.shared.FieldSealer;
import io.linchpin.shared.Sealable;
import io.linchpin.shared.SealingListener;
import io.linchpin.shared.Sensitive;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A record of a module's collection about a person (e.g. one customer they hold). Its values are
 * kept as JSON by field key, sealed with the person's key; values of fields a later module version
 * dropped are kept, not lost.
 */
@Entity
@Table(name = "module_record")
@EntityListeners(SealingListener.class)
public class ModuleRecord implements Sealable {

  static final String TABLE = "module_record";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "module_record_seq")
  @SequenceGenerator(
      name = "module_record_seq",
      sequenceName = "module_record_seq",
      allocationSize = 50)
  private Long id;

  @Version private int version;

  @Column(name = "row_uid", nullable = false, length = 36, unique = true)
  private String uid;

  @Column(name = "module_key", nullable = false, length = 48)
  private String moduleKey;

  @Column(name = "collection_key", nullable = false, length = 40)
  private String collectionKey;

  @Column(name = "employee_id", nullable = false)
  private long employeeId;

  @Column(name = "data_subject", nullable = false, length = 64)
  private String subject;

  @Column(name = "module_version", nullable = false)
  private int moduleVersion;

  @Sensitive("what the person holds: customers, systems, projects")
  @Transient
  private String values;

  @Column(name = "record_values")
  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  private String valuesSealed;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Transient private FieldSealer sealer;
  @Transient private boolean open = true;

  protected ModuleRecord() {}

  public ModuleRecord(
      String uid,
      String moduleKey,
      String collectionKey,
      long employeeId,
      String subject,
      int moduleVersion,
      String values,
      Instant at,
      String by) {
    this.uid = Objects.requireNonNull(uid);
    this.moduleKey = Objects.requireNonNull(moduleKey);
    this.collectionKey = Objects.requireNonNull(collectionKey);
    this.employeeId = employeeId;
    this.subject = Objects.requireNonNull(subject);
    this.moduleVersion = moduleVersion;
    this.values = Objects.requireNonNull(values);
    this.createdAt = at;
    this.createdBy = by;
    this.updatedAt = at;
    this.updatedBy = by;
  }

  /** New values, entered under a module version. */
  public void change(String values, int moduleVersion, Instant at, String by) {
    ensureOpen();
    this.values = Objects.requireNonNull(values);
    this.moduleVersion = moduleVersion;
    this.updatedAt = at;
    this.updatedBy = by;
    this.valuesSealed = null; // stale: the next flush seals again
  }

  @Override
  public void seal(FieldSealer fieldSealer) {
    this.sealer = fieldSealer;
    ensureOpen();
    valuesSealed = fieldSealer.seal(subject, TABLE, "record_values", uid, values);
  }

  @Override
  public void loaded(FieldSealer fieldSealer) {
    this.sealer = fieldSealer;
    this.open = false;
  }

  private void ensureOpen() {
    if (open || sealer == null) {
      return;
    }
    values = open(sealer, subject, uid, valuesSealed);
    open = true;
  }

  /**
   * Opens values read without loading the entity (bulk reads); null once the person is erased.
   * Callers audit the read.
   */
  public static String open(FieldSealer sealer, String subject, String uid, String sealed) {
    try {
      return sealer.open(subject, TABLE, "record_values", uid, sealed);
    } catch (ErasedSubjectException e) {
      return null;
    }
  }

  /** The values as JSON, opened; null once the person is erased. Callers audit the read. */
  public String values() {
    ensureOpen();
    return values;
  }

  public Long getId() {
    return id;
  }

  public String getUid() {
    return uid;
  }

  public String getModuleKey() {
    return moduleKey;
  }

  public String getCollectionKey() {
    return collectionKey;
  }

  public long getEmployeeId() {
    return employeeId;
  }

  public int getModuleVersion() {
    return moduleVersion;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
